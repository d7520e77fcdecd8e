package vn.dldcaccess.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person types: kept as plain text, refused when it cannot print as read; names, dates, Markdown. */
class PlainTextTest {

    @Test
    void textIsKeptAsTypedInNfcWithSpacesFolded() {
        assertThat(PlainText.line("  Nguye\u0302\u0303n   Thi\u0323 ", 100)).isEqualTo("Nguyễn Thị");
        assertThat(PlainText.line("<script>alert(1)</script> **đậm** =HYPERLINK(\"x\")", 100))
                .isEqualTo("<script>alert(1)</script> **đậm** =HYPERLINK(\"x\")");
        assertThat(PlainText.paragraph("dòng 1\r\n\r\n\r\n\r\ndòng 2  \n  dòng 3", 100)).isEqualTo("dòng 1\n\ndòng 2\ndòng 3");
        assertThat(PlainText.line("   ", 10)).isNull();
        assertThat(PlainText.line(null, 10)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u202eb", "a\u200bb", "a\ufeffb", "a\u2028b",
            "a\ue000b", "a\ufffeb", "\u0301\u0300", "tên \u0301"})
    void controlFormatAndStrayAccentCharactersAreRefused(String typed) {
        assertThatThrownBy(() -> PlainText.paragraph(typed, 100)).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).matches("có (ký tự|dấu).*"));
    }

    @Test
    void theLimitCountsCharactersAndNamesBoth() {
        assertThatThrownBy(() -> PlainText.line("x".repeat(101), 100)).hasMessage("dài quá 100 ký tự (hiện 101)");
        assertThat(PlainText.line("ồ".repeat(100), 100)).hasSize(100);
        assertThatThrownBy(() -> PlainText.line("dòng 1\ndòng 2", 100)).hasMessage("chỉ được viết trên một dòng");
        assertThatThrownBy(() -> PlainText.line(42, 100)).hasMessage("phải là văn bản");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Thị Hường", "Lê Văn Tám", "H'Hen Niê", "Nguyễn T. Hường", "Ksor Y-Bơi", "Đặng Minh Khôi"})
    void vietnameseNamesAreAccepted(String name) {
        assertThat(PersonName.of(name, 100)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0301\u0300\u0303", "Иван Петров", "Ｎｇｕｙｅｎ", "Nguyễn Thị 2", "<script>", "-Hường", "Hường-",
            "A", "Nguyễn  --Hường", "Nguyễn_Hường", "Nguyễn Thị Hường!", "Ωmega"})
    void otherNamesAreRefused(String name) {
        assertThatThrownBy(() -> PersonName.of(name, 100)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDateIsExactlyADay() {
        assertThat(FormValues.date("1990-05-12")).isEqualTo(LocalDate.of(1990, 5, 12));
        assertThat(FormValues.date(Date.from(LocalDate.of(1990, 5, 12).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant()))).isEqualTo(LocalDate.of(1990, 5, 12));
        for (String wrong : new String[]{"1990-05-12garbage", "2015-02-31", "31/02/2015", "1990-5-12", "90-05-12",
                "1990-05-12T00:00:00", "+1990-05-12"}) {
            assertThatThrownBy(() -> FormValues.date(wrong)).as(wrong).isInstanceOf(DateTimeParseException.class);
        }
        assertThat(FormValues.date(" ")).isNull();
    }

    @Test
    void dataInTheApplicationsMarkdownPrintsAsWritten() {
        assertThat(Markdown.literal("# Tiêu đề [liên kết](http://x.vn) <b>đậm</b> *nghiêng* 1. a@b.vn"))
                .isEqualTo("\\# Tiêu đề \\[liên kết\\]\\(http\\:\\/\\/x\\.vn\\) \\<b\\>đậm\\<\\/b\\> \\*nghiêng\\* 1\\. a\\@b\\.vn");
        assertThat(Markdown.literal("dòng 1\ndòng 2")).isEqualTo("dòng 1 dòng 2");
        assertThat(Markdown.literal(null)).isEmpty();
    }

    @Test
    void anOfficialNumberIsDigitsAndTheIssuersSymbol() {
        assertThat(OfficialNumber.normalize("125", "SLĐTBXH-VP")).isEqualTo("125/SLĐTBXH-VP");
        assertThat(OfficialNumber.normalize("Số: 007", "STP-VP")).isEqualTo("07/STP-VP");
        assertThat(OfficialNumber.normalize("7/STP-VP", "X")).isEqualTo("07/STP-VP");
        assertThat(OfficialNumber.normalize("125/SLĐTBXH-VP", "X")).isEqualTo("125/SLĐTBXH-VP");
        for (String wrong : new String[]{"abc", "125/<b>", "125/ABC DEF", "1234567", "125/АБВ", "12\u00005"}) {
            assertThat(OfficialNumber.normalize(wrong, "X")).as(wrong).isNull();
        }
    }
}
