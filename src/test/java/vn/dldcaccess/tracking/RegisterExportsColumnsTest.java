package vn.dldcaccess.tracking;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The export's headings come from the message bundle: one heading per column the exports draw. */
class RegisterExportsColumnsTest {
    @Test
    void oneHeadingPerColumn() {
        assertThat(RegisterExports.columns()).hasSize(RegisterExports.PDF_WIDTHS.length)
                .startsWith("STT", "Số", "Người").endsWith("Quá hạn");
    }
}
