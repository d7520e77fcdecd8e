package vn.dldcaccess.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: every kind of document the application issues is PDF/A-3b, as veraPDF (the reference validator,
 * greenfield parser) judges it, and carries its data as a JSON attachment and its number in XMP.
 */
class PdfAConformanceTest {
    final PdfDocuments pdf = new PdfDocuments();

    static void assertPdfA3b(byte[] bytes) throws Exception {
        vn.dldcaccess.support.PdfAValidation.assertPdfA3b(bytes);
    }

    @Test
    void theValidatorRefusesAPlainPdf() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            plain.save(out);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertPdfA3b(out.toByteArray()))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("6.6.2.1");
        }
    }

    static JsonNode attachment(PDDocument doc) throws Exception {
        PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                .get(PdfA.ATTACHMENT);
        assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
        assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/json");
        return new ObjectMapper().readTree(spec.getEmbeddedFile().toByteArray());
    }

    static XMPMetadata xmp(PDDocument doc) throws Exception {
        return new DomXmpParser().parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
    }

    @Test
    void aSignedLetterWithItsListIsPdfA3bWithNumberAndDataAttached() throws Exception {
        byte[] bytes = pdf.letterWithList(PdfDocumentsTest.letter(30), true);
        assertPdfA3b(bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            XMPMetadata xmp = xmp(doc);
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("V/v đề nghị cấp tài khoản");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Sở Lao động - Thương binh và Xã hội");
            assertThat(xmp.getDublinCoreSchema().getIdentifier()).isEqualTo("125/SLĐTBXH-VP");
            assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo("Số 125/SLĐTBXH-VP, ngày 20/08/2026");
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(3);
            JsonNode data = attachment(doc);
            assertThat(data.at("/header/numberLine").asText()).isEqualTo("Số: 125/SLĐTBXH-VP");
            assertThat(data.at("/header/date").asText()).isEqualTo("2026-08-20");
            assertThat(data.at("/sections/0/rows")).hasSize(30);
            assertThat(data.at("/sections/0/rows/0/1").asText()).isEqualTo("Nguyễn Thị Hường");
            assertThat(data.at("/signature/note").asText()).isEqualTo("(Đã ký duyệt trên hệ thống ngày 21/08/2026)");
        }
    }

    @Test
    void aDraftIsPdfA3bButClaimsNoNumber() throws Exception {
        byte[] bytes = pdf.letterWithList(PdfDocumentsTest.letter(2, SignatureBlock.draft("GIÁM ĐỐC", "Huỳnh Văn Thắng"),
                List.of("Trân trọng./.")), false);
        assertPdfA3b(bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(xmp(doc).getDublinCoreSchema().getTitle()).startsWith("DỰ THẢO - ");
            assertThat(xmp(doc).getDublinCoreSchema().getIdentifier()).isNull();
        }
    }

    @Test
    void theRegistrationFormAndTheGiayUyQuyenArePdfA3b() throws Exception {
        RegistrationFormData form = new RegistrationFormData(PdfDocumentsTest.header(), "PHIẾU ĐĂNG KÝ", "(Theo mẫu 1658)",
                "SLĐTBXH-2026-000001", List.of(new LabeledValue("Họ và tên", "Nguyễn Thị Hường")),
                List.of("Không dùng chung tài khoản."), "Nguyễn Thị Hường", "Lê Thị Thu Hà", LocalDate.of(2026, 3, 2));
        byte[] bytes = pdf.registrationForm(form);
        assertPdfA3b(bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(xmp(doc).getDublinCoreSchema().getIdentifier()).isEqualTo("SLĐTBXH-2026-000001");
            assertThat(attachment(doc).at("/fields/0/value").asText()).isEqualTo("Nguyễn Thị Hường");
        }
        byte[] letter = pdf.authorizationLetter(PdfBlocksTest.authorization(List.of("Không chia sẻ tài khoản.")));
        assertPdfA3b(letter);
        try (PDDocument doc = Loader.loadPDF(letter)) {
            assertThat(attachment(doc).at("/delegateSignature/name").asText()).isEqualTo("Lê Hoàng Yến");
        }
    }

    @Test
    void everyKindAsIssuedAndSealedIsPdfA3b() throws Exception {
        // issue 21: the thông báo and the biên bản laid out anew, the seal's frame wrapping the agency's long name
        for (IssuedDocuments.Issued d : new IssuedDocuments().everyKind()) {
            assertPdfA3b(d.pdf());
        }
        byte[] notice = new PdfDocuments().titled(new ClosureNotice(IssuedDocuments.STP, "An Giang", IssuedDocuments.DAY,
                "01/TB-STP", "Ngô Đức Thịnh", "nghỉ hưu", null, null, IssuedDocuments.DAY, IssuedDocuments.DAY,
                List.of(new ClosureNotice.Account("VNPT-iOffice", "thinhnd", IssuedDocuments.DAY, "Lý Văn Hậu", false)),
                IssuedDocuments.OFFICE_HEAD, "stp.vp", true).data(IssuedDocuments.TEXTS));
        try (PDDocument doc = Loader.loadPDF(notice)) {
            assertThat(xmp(doc).getDublinCoreSchema().getIdentifier()).isEqualTo("01/TB-STP");
            assertThat(xmp(doc).getDublinCoreSchema().getTitle()).isEqualTo("THÔNG BÁO - Về việc đóng tài khoản của Ngô Đức Thịnh");
            assertThat(attachment(doc).at("/table/rows/0/2").asText()).isEqualTo("thinhnd");
        }
    }

    @Test
    void aPrintedRegisterIsPdfA3b() throws Exception {
        byte[] bytes = pdf.register("Sở Tư pháp", "SỔ THEO DÕI", "Lọc: tất cả", List.of("STT", "Họ và tên"),
                new float[]{1, 4}, List.of(List.of("1", "Ngô Đức Thịnh")), "Tổng cộng: 1 hồ sơ.");
        assertPdfA3b(bytes);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(attachment(doc).at("/rows/0/1").asText()).isEqualTo("Ngô Đức Thịnh");
        }
    }
}
