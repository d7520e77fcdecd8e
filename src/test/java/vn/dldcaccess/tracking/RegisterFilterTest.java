package vn.dldcaccess.tracking;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.RequestKind;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterFilterTest {

    @Test
    void datesAsPeopleWriteThemOrAsADateFieldSendsThem() {
        RegisterFilter f = RegisterFilter.parse(Map.of("from", "05/02/2026", "to", "2026-02-28", "kind", "REVIEW",
                "q", "  Nguyễn  ", "overdue", "true"));
        assertThat(f.from()).isEqualTo(LocalDate.of(2026, 2, 5));
        assertThat(f.to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(f.kind()).isEqualTo(RequestKind.REVIEW);
        assertThat(f.search()).isEqualTo("Nguyễn");
        assertThat(f.overdue()).isTrue();
        // newest first unless told otherwise; 25 a page
        assertThat(f.sort()).isEqualTo("opened");
        assertThat(f.descending()).isTrue();
        assertThat(f.size()).isEqualTo(25);
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        assertThatThrownBy(() -> RegisterFilter.parse(Map.of("from", "29/02/2026", "to", "01/01/2020",
                "page", "-1", "size", "0")))
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).vietnameseMessage()).asString()
                .contains("từ ngày \"29/02/2026\" không phải ngày dạng dd/MM/yyyy")
                .contains("\"page\" phải là số không âm")
                .contains("số dòng mỗi trang từ 1 đến 200");
        // issue 13: an unknown stage is named beside the bad date, not left out
        assertThatThrownBy(() -> RegisterFilter.parse(Map.of("from", "31/02/2026", "stage", "DA_XONG")))
                .extracting(e -> ((RefusedException) e).vietnameseMessage()).asString()
                .contains("giai đoạn \"DA_XONG\" không có").contains("từ ngày \"31/02/2026\"");
        assertThatThrownBy(() -> RegisterFilter.parse(Map.of("kind", "REVIEW", "stage", "AWAITING_DELEGATE")))
                .extracting(e -> ((RefusedException) e).vietnameseMessage()).asString()
                .contains("giai đoạn \"AWAITING_DELEGATE\" không có ở loại yêu cầu này");
        assertThat(RegisterFilter.parse(Map.of("kind", "AUTHORIZATION", "stage", "AWAITING_DELEGATE")).stage())
                .isEqualTo("AWAITING_DELEGATE");
        assertThatThrownBy(() -> RegisterFilter.parse(Map.of("from", "02/02/2026", "to", "01/02/2026")))
                .extracting(e -> ((RefusedException) e).vietnameseMessage()).asString()
                .contains("\"đến ngày\" trước \"từ ngày\"");
    }

    @Test
    void theExportSaysWhatItWasFilteredBy() {
        RegisterFilter f = RegisterFilter.parse(Map.of("agency", "SLDTBXH", "kind", "REGISTRATION", "q", "huong"));
        assertThat(f.describe(a -> "Sở LĐTBXH", u -> u)).isEqualTo(
                "Cơ quan: Sở LĐTBXH; Loại: Đăng ký tài khoản; Tìm: \"huong\"");
        assertThat(RegisterFilter.parse(Map.of()).describe(a -> a, u -> u)).isEqualTo("Tất cả yêu cầu");
    }
}
