package vn.dldcaccess.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: an issued document of a kind its agency seals comes out sealed with the agency's (demo) certificate,
 * and the open verification page tells an unaltered copy from a changed one.
 */
class DocumentVerificationSpringTest extends AbstractSpringTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    DocumentStore store;
    @Autowired
    PdfDocuments pdf;
    final ObjectMapper json = new ObjectMapper();

    JsonNode verify(byte[] file) throws Exception {
        ResponseEntity<String> r = post(file, "van-ban.pdf");
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        return json.readTree(r.getBody());
    }

    ResponseEntity<String> post(byte[] file, String name) {
        // no log-in: anyone holding the PDF may check it
        return new ChainClient(rest).upload(null, "/api/verify", name, file);
    }

    @Test
    void aSealedLetterVerifiesAndAChangedCopyDoesNot() throws Exception {
        DocumentRef ref = store.store(DocumentKind.AGENCY_LETTER, "cv.pdf",
                pdf.letterWithList(PdfDocumentsTest.letter(2), true), "SLDTBXH", null, null, "125/SLĐTBXH-VP");
        byte[] issued = store.load(ref.id()).orElseThrow().content();
        try (PDDocument doc = Loader.loadPDF(issued)) {
            assertThat(doc.getSignatureDictionaries()).singleElement()
                    .satisfies(s -> assertThat(s.getName()).contains("Sở Lao động - Thương binh và Xã hội")
                            .contains(SealKeys.DEMO_MARK));
        }
        JsonNode ok = verify(issued);
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("verdict").asText()).isEqualTo("Văn bản nguyên vẹn, đúng bản do hệ thống phát hành; chữ ký số hợp lệ.");
        assertThat(ok.at("/document/number").asText()).isEqualTo("125/SLĐTBXH-VP");
        assertThat(ok.at("/document/kind").asText()).isEqualTo("Công văn đề nghị cấp tài khoản");
        assertThat(ok.at("/signatures/0/valid").asBoolean()).isTrue();

        // a copy with one more revision (someone "corrected" it) is named as changed after signing
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(issued)) {
            doc.getDocumentInformation().setTitle("Đã sửa");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }
        JsonNode changed = verify(out.toByteArray());
        assertThat(changed.get("valid").asBoolean()).isFalse();
        assertThat(changed.at("/original/number").asText()).isEqualTo("125/SLĐTBXH-VP");
        assertThat(changed.at("/signatures/0/problems/0").asText())
                .isEqualTo("Có nội dung được thêm vào sau chữ ký này: thông tin văn bản (tiêu đề, tác giả, số).");
        assertThat(changed.get("verdict").asText()).isEqualTo(
                "Bản gốc do hệ thống phát hành, nhưng tệp đã bị thay đổi sau đó: thông tin văn bản (tiêu đề, tác giả, số).");

        // a draft is not sealed
        DocumentRef draft = store.store(DocumentKind.AGENCY_LETTER, "du-thao.pdf",
                pdf.letterWithList(PdfDocumentsTest.letter(2), false), "SLDTBXH", null, null, null);
        try (PDDocument doc = Loader.loadPDF(store.load(draft.id()).orElseThrow().content())) {
            assertThat(doc.getSignatureDictionaries()).isEmpty();
        }
    }

    @Test
    void aDraftAndADocumentIssuedAgainAreNamedAsWhatTheyAre() throws Exception {
        DocumentRef draft = store.store(DocumentKind.CLOSURE_NOTICE, "du-thao.pdf",
                pdf.letterWithList(PdfDocumentsTest.letter(1), false), "STP", null, "p-23", null);
        assertThat(verify(store.load(draft.id()).orElseThrow().content()).get("verdict").asText())
                .isEqualTo("Tệp này là bản dự thảo, không phải văn bản ban hành.");
        DocumentRef first = store.store(DocumentKind.CLOSURE_NOTICE, "tb.pdf",
                pdf.letterWithList(PdfDocumentsTest.letter(1), true), "STP", null, "p-23", "7/TB-STP");
        byte[] firstBytes = store.load(first.id()).orElseThrow().content();
        assertThat(verify(firstBytes).get("valid").asBoolean()).isTrue();
        store.store(DocumentKind.CLOSURE_NOTICE, "tb.pdf", pdf.letterWithList(PdfDocumentsTest.letter(2), true), "STP",
                null, "p-23", "7/TB-STP");
        JsonNode replaced = verify(firstBytes);
        assertThat(replaced.get("valid").asBoolean()).isFalse();
        assertThat(replaced.get("verdict").asText()).startsWith("Tệp này là bản đã bị thay thế hoặc hủy, không còn giá "
                + "trị; văn bản có giá trị là Thông báo đóng tài khoản số 7/TB-STP phát hành lúc ");
        assertThat(replaced.at("/document/status").asText()).isEqualTo("bản đã bị thay thế hoặc hủy, không còn giá trị");
    }

    /** Issue 23, as an assessor tried it: an issued form with no signature, changed by an update, is not "signed later". */
    @Test
    void anUnsignedIssuedDocumentChangedByAnUpdateIsNamedChanged() throws Exception {
        DocumentRef ref = store.store(DocumentKind.REGISTRATION_FORM, "phieu.pdf",
                pdf.letterWithList(PdfDocumentsTest.letter(1), true), "SLDTBXH", null, "p-23b", "SLĐTBXH-2026-000777");
        byte[] issued = store.load(ref.id()).orElseThrow().content();
        byte[] forged = SignatureBatteryTest.updated(issued, doc -> {
            var page = doc.getPage(0);
            try (var s = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, true)) {
                s.addRect(0, 700, 595, 142);
                s.fill();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            page.getCOSObject().setNeedToBeUpdated(true);
        });
        JsonNode changed = verify(forged);
        assertThat(changed.get("valid").asBoolean()).isFalse();
        assertThat(changed.get("verdict").asText())
                .startsWith("Bản gốc do hệ thống phát hành, nhưng tệp đã bị thay đổi sau đó: trang 1");
        JsonNode padded = verify(HostilePdfs.concat(issued, "\n\n"));
        assertThat(padded.get("valid").asBoolean()).isFalse();
        assertThat(padded.get("verdict").asText()).isEqualTo("Bản gốc do hệ thống phát hành, kèm phần bổ sung không "
                + "làm thay đổi nội dung; tệp này không phải bản do hệ thống phát hành.");
    }

    @Test
    void whatIsNotAPdfGetsAVietnameseAnswer() throws Exception {
        ResponseEntity<String> r = post("không phải PDF".getBytes(), "a.pdf");
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(r.getBody()).get("message").asText()).isEqualTo("Tệp không phải là tệp PDF đọc được.");
        JsonNode unknown = verify(pdf.letterWithList(PdfDocumentsTest.letter(1), true));
        assertThat(unknown.get("valid").asBoolean()).isFalse();
        assertThat(unknown.get("verdict").asText()).startsWith("Không tìm thấy văn bản này trong hệ thống");
    }
}
