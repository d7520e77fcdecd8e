package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of document, rendered from its template, numbered and sealed as issued, as a page image in
 * target/document-images/ for a person to read (and the first page's text checked against its data).
 */
class DocumentImagesTest {
    static final Path OUT = Path.of("target", "document-images");
    final PdfDocuments pdf = new PdfDocuments();
    final DocumentTexts texts = PdfBlocksTest.BUILT_IN;

    static OfficialHeader header(String issuer, String number, String subject) {
        return new OfficialHeader("UBND TỈNH AN GIANG", issuer, number, subject, "An Giang", LocalDate.of(2026, 12, 1));
    }

    LetterData letter(DocumentTemplate template, Map<String, Object> model, String issuer, String number,
                      SignatureBlock signature, List<String> columns, List<List<String>> rows) {
        DocumentTexts.Texts t = texts.render(template, model);
        float[] widths = new float[columns.size()];
        java.util.Arrays.fill(widths, 1);
        widths[1] = 3;
        return new LetterData(header(issuer, number, t.line("trich-yeu")), t.line("kinh-gui"), t.paragraphs("noi-dung"),
                t.line("tieu-de-danh-sach"), columns, widths, LetterData.single(rows), t.items("noi-nhan"), signature, t.line("ten-van-ban"));
    }

    byte[] sealed(byte[] issued) {
        return PdfSealTest.sealed(issued);
    }

    static String image(String name, byte[] bytes) throws Exception {
        Files.createDirectories(OUT);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(0, 90), "png", OUT.resolve(name + ".png").toFile());
            return PdfDocumentsTest.text(doc, 1);
        }
    }

    @Test
    void everyKindOfDocumentAsAPageImage() throws Exception {
        Map<String, Object> notice = new HashMap<>(DocumentTemplate.CLOSURE_NOTICE.sample());
        notice.put("coQuanMoi", null);
        String closure = image("thong-bao-dong-tai-khoan", sealed(pdf.letterWithList(letter(DocumentTemplate.CLOSURE_NOTICE,
                notice, "Sở Tư pháp", "Số: 3/TB-STP", SignatureBlock.drawnUp("TL. GIÁM ĐỐC\nChánh Văn phòng", "Lý Văn Hậu",
                        LocalDate.of(2026, 12, 1)), List.of("STT", "Hệ thống", "Tài khoản", "Ngày đóng"),
                List.of(List.of("1", "VNPT-iOffice", "thinhnd.io", "01/12/2026"))), true)));
        assertThat(closure).contains("Số: 3/TB-STP").contains("V/v đóng tài khoản của Ngô Đức Thịnh")
                .contains("(Lập trên hệ thống ngày 01/12/2026, không ký)").doesNotContain("Đã ký");

        String review = image("bien-ban-ra-soat", sealed(pdf.letterWithList(letter(DocumentTemplate.REVIEW_REPORT,
                DocumentTemplate.REVIEW_REPORT.sample(), "Phòng Hành chính tư pháp", "Số: 7/BB-STP",
                SignatureBlock.confirmedOnSystem("Trưởng phòng", "Ngô Thanh Tùng", LocalDate.of(2026, 12, 1)),
                List.of("STT", "Tài khoản", "Kết quả"), List.of(List.of("1", "khoidm", "Giữ lại"))), true)));
        assertThat(review).contains("Số: 7/BB-STP").contains("(Đã xác nhận trên hệ thống ngày 01/12/2026)");

        String agency = image("cong-van-de-nghi-cap", sealed(pdf.letterWithList(letter(DocumentTemplate.AGENCY_LETTER,
                DocumentTemplate.AGENCY_LETTER.sample(), "Sở Lao động - Thương binh và Xã hội", "Số: 125/SLĐTBXH-VP",
                SignatureBlock.signedOnSystem("GIÁM ĐỐC", "Huỳnh Văn Thắng", LocalDate.of(2026, 12, 1)),
                List.of("STT", "Họ và tên"), List.of(List.of("1", "Nguyễn Thị Hường"))), true)));
        assertThat(agency).contains("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI").contains("Số: 125/SLĐTBXH-VP");

        String draft = image("cong-van-de-nghi-cap-du-thao", pdf.letterWithList(letter(DocumentTemplate.AGENCY_LETTER,
                DocumentTemplate.AGENCY_LETTER.sample(), "Sở Lao động - Thương binh và Xã hội", "Số: 125/SLĐTBXH-VP",
                SignatureBlock.draft("GIÁM ĐỐC", "Huỳnh Văn Thắng"), List.of("STT", "Họ và tên"),
                List.of(List.of("1", "Nguyễn Thị Hường"))), false));
        assertThat(draft).contains("DỰ THẢO").doesNotContain("Đã ký");

        String batch = image("cong-van-gui-pc06", sealed(pdf.letterWithList(letter(DocumentTemplate.BATCH_LETTER,
                DocumentTemplate.BATCH_LETTER.sample(), "Sở Thông tin và Truyền thông", "Số: 215/STTTT-BCVT",
                SignatureBlock.signedOnSystem("KT. GIÁM ĐỐC\nPhó Giám đốc", "Tạ Quang Dũng", LocalDate.of(2026, 12, 1)),
                List.of("STT", "Họ và tên"), List.of(List.of("1", "Nguyễn Thị Hường"))), true)));
        assertThat(batch).contains("SỞ THÔNG TIN VÀ TRUYỀN THÔNG").contains("V/v đề nghị cấp và thu hồi tài khoản");

        AuthorizationLetterData auz = PdfBlocksTest.authorization(List.of("Không chia sẻ tài khoản cho người khác."));
        String authorization = image("giay-uy-quyen", sealed(pdf.authorizationLetter(new AuthorizationLetterData(
                header("Sở Lao động - Thương binh và Xã hội", "Số: 12/GUQ-SLĐTBXH", null), auz.texts(), auz.holder(),
                auz.delegate(), auz.content(), auz.holderDuties(), auz.delegateDuties(), auz.holderSignature(),
                auz.delegateSignature(), auz.approval()))));
        assertThat(authorization).contains("Số: 12/GUQ-SLĐTBXH").contains("GIẤY ỦY QUYỀN");

        RegistrationFormData form = new RegistrationFormData(header("Sở Lao động - Thương binh và Xã hội", null, null),
                "PHIẾU ĐĂNG KÝ CẤP TÀI KHOẢN KHAI THÁC CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ", "(Theo mẫu 1658)",
                "SLĐTBXH-2026-000123", vn.dldcaccess.bench.FoundationBenchmark.fields(),
                List.of("Không dùng chung tài khoản."), "Nguyễn Thị Hường", "Lê Thị Thu Hà", LocalDate.of(2026, 12, 1));
        assertThat(image("phieu-dang-ky-1658", pdf.registrationForm(form))).contains("Số phiếu: SLĐTBXH-2026-000123");
    }
}
