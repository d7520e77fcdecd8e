package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: every kind of document, as issued ({@link IssuedDocuments}), over a sweep of lengths (list rows,
 * paragraphs, notes), read back from the PDF as a clerk reads it against Decree 30/2020/NĐ-CP (Phụ lục I, III):
 * its name, its number with the leading zero, place and date (a biên bản: time and place in its text), its trích
 * yếu (no word alone on a line), "Kính gửi" only on a công văn, "Nơi nhận", and the signature: the name under it is
 * who signs, its capacity is one that may carry the agency's seal when it is sealed ("GIÁM ĐỐC", "KT. GIÁM ĐỐC /
 * PHÓ GIÁM ĐỐC", "TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG"), and a sealed one never says it was not signed. No page ends in a
 * heading, a lead-in or a table's header, and no signature starts a page without text above it.
 */
class Decree30PartsTest {
    private static final String HEAD = "GIÁM ĐỐC";
    private static final Pattern NUMBER = Pattern.compile("Số: (\\d+)/\\S+");
    private static final Pattern PLACE_DATE = Pattern.compile(
            "An Giang, ngày (0[1-9]|[12]\\d|3[01]) tháng (0[12]|[3-9]|1[012]) năm \\d{4}");
    private static final Pattern UNIT_HEAD = Pattern.compile("(PHÓ )?(CHÁNH|TRƯỞNG|GIÁM ĐỐC) .+");
    final IssuedDocuments issue = new IssuedDocuments();

    @Test
    void everyKindAtOrdinarySizes() throws IOException {
        for (IssuedDocuments.Issued d : issue.everyKind()) {
            check(d);
        }
    }

    @Test
    void closingNoticesFromOneToThirtyAccounts() throws IOException {
        for (int n = 1; n <= 30; n++) {
            check(issue.closureNotice(n, IssuedDocuments.OFFICE_HEAD, true), "n=" + n);
        }
        for (int n = 1; n <= 12; n += 3) {
            // reported by a clerk: the office's head signs in the agency's name; unsealed: the clerk, "không ký"
            check(issue.closureNotice(n, IssuedDocuments.OFFICE_CLERK, true), "n=" + n);
            check(issue.closureNotice(n, IssuedDocuments.OFFICE_CLERK, false), "n=" + n);
        }
    }

    @Test
    void reviewReportsFromOneToFortyFiveAccountsAndLongReasons() throws IOException {
        for (int n = 1; n <= 45; n++) {
            check(issue.reviewReport(n, IssuedDocuments.UNIT_HEAD, true, n % 7), "n=" + n);
        }
        for (int n = 1; n <= 21; n += 2) {
            check(issue.reviewReport(n, IssuedDocuments.OFFICE_CLERK, true, 3), "n=" + n);
            check(issue.reviewReport(n, IssuedDocuments.UNIT_HEAD, false, 1), "n=" + n);
        }
    }

    @Test
    void authorizationLettersFromOneToSixteenDutiesOfEachParty() throws IOException {
        for (int duties = 1; duties <= 16; duties++) {
            check(issue.authorization(duties), "duties=" + duties);
        }
        // the holder's duties push the last section's heading down page 1
        for (int duties = 1; duties <= 24; duties++) {
            check(issue.authorization(duties, 2), "holder's duties=" + duties);
        }
    }

    @Test
    void formsWithNotesUpToAHundredAndSixtyWords() throws IOException {
        for (int words = 0; words <= 160; words += 4) {
            check(issue.form(words), "words=" + words);
        }
    }

    @Test
    void lettersWithTheirListsAndRevocations() throws IOException {
        for (int people = 1; people <= 31; people += 3) {
            check(issue.agencyLetter(people, true), "people=" + people);
        }
        for (int revocations = 0; revocations <= 24; revocations += 4) {
            check(issue.batchLetter(1 + revocations % 5, revocations), "revocations=" + revocations);
        }
    }

    private void check(IssuedDocuments.Issued d) throws IOException {
        check(d, "");
    }

    private void check(IssuedDocuments.Issued d, String size) throws IOException {
        try (PDDocument doc = Loader.loadPDF(d.pdf())) {
            List<PageText> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                pages.add(PageText.of(doc, p));
            }
            String what = d.kind() + " " + size + " (" + doc.getNumberOfPages() + " pages)";
            header(d, pages.get(0), what);
            signature(d, doc, pages, what);
            for (int p = 0; p < pages.size() - 1; p++) {
                footOfPage(pages.get(p).lines(), what + ", page " + (p + 1));
            }
        }
    }

    private static String joined(List<PageText.Line> lines) {
        return String.join(" ", lines.stream().map(PageText.Line::text).toList());
    }

    /** Name, number, place and date, trích yếu, Kính gửi: page 1. */
    private static void header(IssuedDocuments.Issued d, PageText page, String what) {
        List<PageText.Line> lines = page.lines();
        String text = joined(lines);
        boolean letter = d.kind().startsWith("cong-van");
        boolean report = d.kind().startsWith("bien-ban");
        boolean form = d.kind().startsWith("phieu");
        assertThat(text).as(what).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
        if (form) {
            assertThat(text).as(what).contains("PHIẾU ĐĂNG KÝ").contains("Số phiếu: ");
        } else {
            var number = NUMBER.matcher(text);
            assertThat(number.find()).as(what + ": a number").isTrue();
            assertThat(number.group(1)).as(what + ": the number's leading zero").hasSizeGreaterThanOrEqualTo(2);
        }
        if (report) {
            assertThat(PLACE_DATE.matcher(text).find()).as(what + ": a biên bản has its time in its text").isFalse();
            assertThat(text).as(what).contains("Thời gian: ").contains("Địa điểm: ").contains("Thành phần: ")
                    .contains("Nội dung: ").contains("Kết quả: ");
        } else {
            assertThat(PLACE_DATE.matcher(text).find()).as(what + ": place and date").isTrue();
        }
        if (letter) {
            assertThat(text).as(what).contains("Kính gửi: ").contains("V/v ");
        } else {
            assertThat(text).as(what).doesNotContain("Kính gửi").doesNotContain("V/v ");
            String kind = report ? "BIÊN BẢN" : d.kind().startsWith("thong-bao") ? "THÔNG BÁO"
                    : form ? "PHIẾU ĐĂNG KÝ" : "GIẤY ỦY QUYỀN";
            assertThat(lines.stream().anyMatch(l -> l.bold() && l.text().startsWith(kind))).as(what + ": its name")
                    .isTrue();
        }
        // the trích yếu, whole, and no word of it alone on a line
        List<PageText.Line> subject = new ArrayList<>();
        String s = d.subject().replaceAll("\\s+", " ");
        for (PageText.Line l : lines) {
            if (l.text().startsWith("Kính gửi") || l.text().startsWith("Thời gian") || l.text().startsWith("Căn cứ")
                    || l.text().startsWith("Thực hiện") || l.text().startsWith("1. ")) {
                break;
            }
            String part = l.text().contains("Số: ") ? "" : l.text();
            if (!part.isEmpty() && s.contains(part)) {
                subject.add(l);
            }
        }
        assertThat(joined(subject)).as(what + ": the trích yếu").isEqualTo(s);
        assertThat(subject).as(what + ": no word alone on a line of the trích yếu")
                .allSatisfy(l -> assertThat(l.text()).contains(" "));
    }

    /** The issuing signature: who, in which capacity, whether sealed; and text above it on its page. */
    private static void signature(IssuedDocuments.Issued d, PDDocument doc, List<PageText> pages, String what)
            throws IOException {
        var acroForm = doc.getDocumentCatalog().getAcroForm();
        PDSignatureField field = acroForm == null ? null : (PDSignatureField) acroForm.getField(SignatureField.NAME);
        boolean sealed = field != null && field.getValue() != null;
        assertThat(sealed).as(what + ": sealed").isEqualTo(d.sealed());
        if (field == null) {
            // the form: the applicant and the unit head side by side, with the last commitment or note above
            int page = pageOf(pages, "XÁC NHẬN CỦA LÃNH ĐẠO ĐƠN VỊ");
            assertThat(textAbove(pages.get(page), "XÁC NHẬN CỦA LÃNH ĐẠO ĐƠN VỊ")).as(what + ": text above").isPositive();
            assertThat(joined(pages.get(page).lines())).as(what).contains(d.signer());
            return;
        }
        PDAnnotationWidget widget = field.getWidgets().get(0);
        int page = doc.getPages().indexOf(widget.getPage());
        PageText text = pages.get(page);
        PDRectangle r = widget.getRectangle();
        float height = widget.getPage().getMediaBox().getHeight();
        float top = height - r.getUpperRightY();
        float bottom = height - r.getLowerLeftY();
        float slack = 12 * PdfLayout.MM;
        List<PageText.Line> above = text.linesIn(r.getLowerLeftX() - slack, r.getUpperRightX() + slack, top - 58, top);
        List<PageText.Line> below = text.linesIn(r.getLowerLeftX(), r.getUpperRightX(), bottom, bottom + 30);
        assertThat(below).as(what + ": a name under the signature").isNotEmpty();
        assertThat(below.get(0).text()).as(what + ": who signs").isEqualTo(d.signer());
        List<String> capacity = new ArrayList<>();
        String note = "";
        for (PageText.Line l : above) {
            if (l.bold()) {
                capacity.add(l.text());
            } else {
                note += l.text() + " ";
            }
        }
        String first = capacity.stream().filter(c -> c.startsWith("KT.") || c.startsWith("TL.") || c.equals(HEAD))
                .findFirst().orElse(capacity.isEmpty() ? "" : capacity.get(0));
        int i = capacity.indexOf(first);
        String next = i + 1 < capacity.size() ? capacity.get(i + 1) : "";
        if (sealed) {
            assertThat(first).as(what + ": a capacity that may carry the agency's seal, not " + capacity)
                    .isIn(HEAD, "KT. " + HEAD, "TL. " + HEAD);
            assertThat(note).as(what + ": sealed, yet not signed?").doesNotContain("không ký");
        }
        if (first.startsWith("KT.")) {
            assertThat(next).as(what + ": KT. is a deputy's").startsWith("PHÓ " + HEAD);
        }
        if (first.startsWith("TL.")) {
            assertThat(next).as(what + ": TL. is a unit head's").matches(UNIT_HEAD);
        }
        if (note.contains("không ký")) {
            assertThat(capacity).as(what + ": nobody signed in the agency's name")
                    .noneMatch(c -> c.startsWith("KT.") || c.startsWith("TL."));
        }
        if (d.kind().contains("du-thao")) {
            assertThat(note).as(what).doesNotContain("Đã ký");
        }
        // not alone: the page holds text above the signature block
        float blockTop = above.isEmpty() ? top : above.get(0).y();
        assertThat(text.lines().stream().filter(l -> l.y() < blockTop - 14).count())
                .as(what + ": text above the signature on its page").isPositive();
        if (!d.kind().startsWith("giay-uy-quyen") && !d.kind().startsWith("phieu")) {
            assertThat(joined(text.lines())).as(what + ": Nơi nhận").contains("Nơi nhận:");
            if (!d.kind().startsWith("cong-van")) {
                assertThat(joined(text.lines())).as(what + ": no Kính gửi, so no 'Như trên'").doesNotContain("Như trên");
            }
        }
    }

    private static int pageOf(List<PageText> pages, String needle) {
        for (int p = 0; p < pages.size(); p++) {
            if (joined(pages.get(p).lines()).contains(needle)) {
                return p;
            }
        }
        throw new AssertionError(needle + " not found");
    }

    private static long textAbove(PageText page, String needle) {
        float y = page.lines().stream().filter(l -> l.text().contains(needle)).findFirst().orElseThrow().y();
        return page.lines().stream().filter(l -> l.y() < y - 14).count();
    }

    /** What ends a page that is not the last: never a heading or lead-in, never a table's header without a row. */
    private static void footOfPage(List<PageText.Line> lines, String what) {
        assertThat(lines).as(what).isNotEmpty();
        PageText.Line last = lines.get(lines.size() - 1);
        assertThat(last.text()).as(what + ": ends in a heading or lead-in").doesNotEndWith(":");
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().startsWith("STT ")) {
                header = i;
            }
        }
        if (header >= 0) {
            assertThat(lines.subList(header + 1, lines.size())).as(what + ": a table's header with no row under it")
                    .anyMatch(l -> l.text().matches("\\d+ .*"));
        }
    }
}
