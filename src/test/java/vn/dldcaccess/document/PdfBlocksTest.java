package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dldcaccess.document.PdfDocumentsTest.text;

/** Issue 14: signature blocks that state only what happened, kept with the text before them; balanced titles. */
class PdfBlocksTest {
    final PdfDocuments pdf = new PdfDocuments();
    static final DocumentTexts BUILT_IN = new DocumentTexts(new DocumentTextsProperties(null, java.time.Duration.ZERO));

    @Test
    void capacityIsKtForADeputyTlForAnyoneElseAndNoneForTheHead() {
        assertThat(PdfDocuments.signatureTitle("GIÁM ĐỐC", "Giám đốc")).isEqualTo("GIÁM ĐỐC");
        assertThat(PdfDocuments.signatureTitle("GIÁM ĐỐC", null)).isEqualTo("GIÁM ĐỐC");
        assertThat(PdfDocuments.signatureTitle("GIÁM ĐỐC", "Phó Giám đốc")).isEqualTo("KT. GIÁM ĐỐC\nPhó Giám đốc");
        assertThat(PdfDocuments.signatureTitle("GIÁM ĐỐC", "Chánh Văn phòng")).isEqualTo("TL. GIÁM ĐỐC\nChánh Văn phòng");
        // issue 21: TL. is a unit head's (and a deputy's of one); anyone else signs in their own name
        assertThat(PdfDocuments.signatureTitle("GIÁM ĐỐC", "Phó Trưởng phòng")).isEqualTo("TL. GIÁM ĐỐC\nPhó Trưởng phòng");
        assertThat(PdfDocuments.signatureTitle("GIÁM ĐỐC", "Giám đốc Trung tâm Dịch vụ việc làm"))
                .isEqualTo("TL. GIÁM ĐỐC\nGiám đốc Trung tâm Dịch vụ việc làm");
        assertThat(PdfDocuments.signatureTitle("GIÁM ĐỐC", "Chuyên viên")).isEqualTo("Chuyên viên");
        assertThat(SignatureCapacity.mayActForAgency("GIÁM ĐỐC", "Chuyên viên")).isFalse();
        assertThat(SignatureCapacity.mayActForAgency("GIÁM ĐỐC", "Trưởng phòng")).isTrue();
    }

    @Test
    void theSignerUnderASealIsWhoActedWhenSheMayElseTheOfficesHead() {
        assertThat(SignatureCapacity.signer("GIÁM ĐỐC", IssuedDocuments.UNIT_HEAD,
                List.of(IssuedDocuments.OFFICE_HEAD))).isEqualTo(IssuedDocuments.UNIT_HEAD);
        assertThat(SignatureCapacity.signer("GIÁM ĐỐC", IssuedDocuments.OFFICE_CLERK,
                List.of(IssuedDocuments.OFFICE_CLERK, IssuedDocuments.OFFICE_HEAD))).isEqualTo(IssuedDocuments.OFFICE_HEAD);
        assertThat(SignatureCapacity.signer("GIÁM ĐỐC", IssuedDocuments.OFFICE_CLERK, List.of()))
                .isEqualTo(IssuedDocuments.OFFICE_CLERK);
    }

    @Test
    void datesAndNumbersHaveTheirLeadingZerosAsDecree30Writes() {
        assertThat(PdfDocuments.placeAndDate("An Giang", LocalDate.of(2026, 1, 5))).isEqualTo("An Giang, ngày 05 tháng 01 năm 2026");
        assertThat(PdfDocuments.placeAndDate("An Giang", LocalDate.of(2026, 2, 28))).isEqualTo("An Giang, ngày 28 tháng 02 năm 2026");
        assertThat(PdfDocuments.placeAndDate("An Giang", LocalDate.of(2026, 3, 9))).isEqualTo("An Giang, ngày 09 tháng 3 năm 2026");
        assertThat(PdfDocuments.placeAndDate("An Giang", LocalDate.of(2026, 12, 1))).isEqualTo("An Giang, ngày 01 tháng 12 năm 2026");
    }

    @Test
    void longAgencyNamesBreakIntoEvenLinesAtWordBoundaries() throws IOException {
        try (PdfLayout layout = new PdfLayout()) {
            float width = (PdfLayout.RIGHT - PdfLayout.LEFT) * 0.42f;
            String name = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG";
            List<String> greedy = layout.wrap(name, layout.bold, 12, width);
            List<String> balanced = layout.balancedLines(name, layout.bold, 12, width);
            assertThat(greedy).containsExactly("SỞ THÔNG TIN VÀ TRUYỀN", "THÔNG");
            assertThat(balanced).hasSize(2).doesNotContain("THÔNG");
            assertThat(String.join(" ", balanced)).isEqualTo(name);
            float a = layout.width(balanced.get(0), layout.bold, 12);
            float b = layout.width(balanced.get(1), layout.bold, 12);
            assertThat(Math.abs(a - b)).isLessThan(layout.width("TRUYỀN", layout.bold, 12));
            // where an agency's name has parts, it breaks between them, not inside "THƯƠNG BINH"
            assertThat(layout.balancedLines("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", layout.bold, 12, width))
                    .containsExactly("SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI");
            assertThat(balanced).containsExactly("SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG");
            // a single word never gets cut for balance; one line stays one line
            assertThat(layout.balancedLines("SỞ TƯ PHÁP", layout.bold, 12, width)).containsExactly("SỞ TƯ PHÁP");
        }
    }

    @Test
    void aLetterSignatureNeverStandsAloneOnAPage() throws IOException {
        // grow the body a line at a time so that, somewhere, the signature would fall to the next page
        int onSecondPage = 0;
        for (int lines = 20; lines <= 48; lines++) {
            List<String> body = new ArrayList<>(Collections.nCopies(lines, "Nội dung công văn một dòng."));
            body.add("Trân trọng./.");
            LetterData data = PdfDocumentsTest.letter(0, PdfDocumentsTest.SIGNED, body);
            try (PDDocument doc = Loader.loadPDF(pdf.letterWithList(data, true))) {
                int page = pageOf(doc, "Huỳnh Văn Thắng");
                onSecondPage += page > 1 ? 1 : 0;
                assertThat(text(doc, page)).as("%d lines", lines).contains("Trân trọng./.").contains("Nơi nhận:")
                        .contains("(Đã ký duyệt trên hệ thống ngày 21/08/2026)");
            }
        }
        assertThat(onSecondPage).as("some bodies push the signature over").isPositive();
    }

    @Test
    void theApprovalOfAGiayUyQuyenStaysWithThePartiesAndTheLastDuty() throws IOException {
        int onSecondPage = 0;
        for (int duties = 1; duties <= 14; duties++) {
            List<String> many = new ArrayList<>();
            for (int i = 1; i <= duties; i++) {
                many.add("Trách nhiệm thứ " + i + " của người được ủy quyền khi sử dụng tài khoản.");
            }
            try (PDDocument doc = Loader.loadPDF(pdf.authorizationLetter(authorization(many)))) {
                int page = pageOf(doc, "LÃNH ĐẠO ĐƠN VỊ DUYỆT");
                onSecondPage += page > 1 ? 1 : 0;
                assertThat(text(doc, page)).as("%d duties", duties).contains("NGƯỜI ỦY QUYỀN")
                        .contains("Trách nhiệm thứ " + duties + " ")
                        .contains("(Đã đồng ý trên hệ thống ngày 02/03/2026)")
                        .contains("(Đã duyệt trên hệ thống ngày 03/03/2026)").doesNotContain("Đã ký");
            }
        }
        assertThat(onSecondPage).as("some letters run onto a second page").isPositive();
    }

    static AuthorizationLetterData authorization(List<String> delegateDuties) {
        return new AuthorizationLetterData(PdfDocumentsTest.header(), BUILT_IN.render(DocumentTemplate.AUTHORIZATION_LETTER,
                java.util.Map.of("heThong", "VNPT-iOffice")),
                List.of(new LabeledValue("Họ và tên", "Nguyễn Thị Hường")),
                List.of(new LabeledValue("Họ và tên", "Lê Hoàng Yến")),
                List.of(new LabeledValue("Tài khoản", "huongnt (DLDC)"),
                        new LabeledValue("Phạm vi ủy quyền", "Tra cứu phục vụ giải quyết hồ sơ")),
                List.of("Đổi mật khẩu khi hết thời hạn ủy quyền.", "Chịu trách nhiệm về việc ủy quyền."),
                delegateDuties,
                new SignatureBlock("NGƯỜI ỦY QUYỀN", "(Đã đề nghị trên hệ thống ngày 01/03/2026)", "Nguyễn Thị Hường"),
                new SignatureBlock("NGƯỜI ĐƯỢC ỦY QUYỀN", "(Đã đồng ý trên hệ thống ngày 02/03/2026)", "Lê Hoàng Yến"),
                new SignatureBlock("LÃNH ĐẠO ĐƠN VỊ DUYỆT", "(Đã duyệt trên hệ thống ngày 03/03/2026)", "Lê Thị Thu Hà"));
    }

    static int pageOf(PDDocument doc, String needle) throws IOException {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            if (text(doc, p).contains(needle)) {
                return p;
            }
        }
        throw new AssertionError(needle + " not found");
    }
}
