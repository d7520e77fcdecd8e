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
