package vn.dldcaccess.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueObjectsTest {
    @Test
    void citizenId() {
        assertThat(new CitizenId("089190001234").value()).isEqualTo("089190001234");
        assertThatThrownBy(() -> new CitizenId("08919000123")).hasMessage("phải gồm đúng 12 chữ số");
        assertThatThrownBy(() -> new CitizenId("000190001234")).hasMessageContaining("mã tỉnh");
        assertThatThrownBy(() -> new CitizenId("097190001234")).hasMessageContaining("mã tỉnh");
        // 003 is no province code of Circular 59/2021's annex (Hà Giang is 002, Cao Bằng 004)
        assertThatThrownBy(() -> new CitizenId("003190001234")).hasMessageContaining("003 không phải mã tỉnh");
    }

    /** Digit 4: century and gender (0/1 a man/woman born 1900–1999, 2/3 in 2000–2099); digits 5–6: the year. */
    @Test
    void citizenIdAgreesWithGenderAndYearOfBirth() {
        java.time.LocalDate may1990 = java.time.LocalDate.of(1990, 5, 17);
        assertThat(new CitizenId("089190001234").mismatchWith(Gender.NU, may1990)).isNull();
        assertThat(new CitizenId("089090001234").mismatchWith(Gender.NAM, may1990)).isNull();
        assertThat(new CitizenId("089303001234").mismatchWith(Gender.NU, java.time.LocalDate.of(2003, 1, 2))).isNull();
        assertThat(new CitizenId("089090001234").mismatchWith(Gender.NU, may1990))
                .isEqualTo("chữ số thứ 4 là 0, nhưng người nữ sinh năm 1990 phải có chữ số thứ 4 là 1");
        assertThat(new CitizenId("089290001234").mismatchWith(Gender.NAM, may1990)).contains("phải có chữ số thứ 4 là 0");
        assertThat(new CitizenId("089191001234").mismatchWith(Gender.NU, may1990))
                .isEqualTo("chữ số thứ 5–6 là 91, phải là hai số cuối của năm sinh (90)");
    }

    @Test
    void mobilePhone() {
        assertThat(MobilePhone.parse("+84 912 345 678").value()).isEqualTo("0912345678");
        assertThat(MobilePhone.parse("0386.123.456").value()).isEqualTo("0386123456");
        assertThatThrownBy(() -> MobilePhone.parse("0212345678")).hasMessageContaining("03, 05, 07, 08 hoặc 09");
        assertThatThrownBy(() -> MobilePhone.parse("091234567")).hasMessageContaining("10 chữ số");
    }

    @Test
    void officialEmail() {
        assertThat(OfficialEmail.of("HuongNT@AnGiang.gov.vn", "angiang.gov.vn").value()).isEqualTo("huongnt@angiang.gov.vn");
        assertThat(OfficialEmail.of("a@sldtbxh.angiang.gov.vn", "angiang.gov.vn").value()).isNotNull();
        assertThatThrownBy(() -> OfficialEmail.of("a@gmail.com", "angiang.gov.vn")).hasMessageContaining("angiang.gov.vn");
        assertThatThrownBy(() -> OfficialEmail.of("a@evilangiang.gov.vn", "angiang.gov.vn")).hasMessageContaining("tên miền");
        assertThatThrownBy(() -> OfficialEmail.of("khong-hop-le", "angiang.gov.vn")).hasMessageContaining("không hợp lệ");
    }
}
