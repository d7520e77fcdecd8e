package vn.dldcaccess.tracking;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

    @Test
    void namesAreFoldedAsTheOfficeTypesThem() {
        assertThat(NameKey.of("Nguyễn Thị Hường")).isEqualTo("nguyen thi huong");
        assertThat(NameKey.of("  ĐẶNG   Minh Khôi ")).isEqualTo("dang minh khoi");
        // typed with combining marks (NFD), as some keyboards send it
        assertThat(NameKey.of(Normalizer.normalize("Trương Thị Bích Ngọc", Normalizer.Form.NFD))).isEqualTo("truong thi bich ngoc");
        assertThat(NameKey.of(null)).isNull();
    }
}
