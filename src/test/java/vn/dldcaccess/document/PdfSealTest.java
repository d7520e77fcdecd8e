package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: a sealed document is PAdES-signed in its own field, still PDF/A-3b, and any change shows. */
class PdfSealTest {
    static final ZonedDateTime AT = ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).withNano(0);
    final PdfDocuments pdf = new PdfDocuments();

    @TempDir
    static Path dir;
    static SignatureCheck check;

    @BeforeAll
    static void trustList() throws Exception {
        check = new SignatureCheck(new SealKeys(TestPki.trusting(dir), null));
    }

    byte[] sealed() {
        return sealed(pdf.letterWithList(PdfDocumentsTest.letter(3), true));
    }

    static byte[] sealed(byte[] issued) {
        return PdfSeal.seal(issued, TestPki.DIRECTOR.keys().getPrivate(), TestPki.chain(TestPki.DIRECTOR, TestPki.CA),
                "An Giang", AT);
    }

    @Test
    void aSealedLetterIsSignedInItsOwnFieldVisiblyAndStaysPdfA3b() throws Exception {
        byte[] issued = pdf.letterWithList(PdfDocumentsTest.letter(3), true);
        byte[] sealed = sealed(issued);
        // an incremental update: what was issued is, byte for byte, the first revision
        assertThat(java.util.Arrays.copyOf(sealed, issued.length)).isEqualTo(issued);
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            PDSignatureField field = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getField(SignatureField.NAME);
            PDSignature signature = field.getSignature();
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(field.getWidgets().get(0).getRectangle().getWidth()).isGreaterThan(150);
            assertThat(field.getWidgets().get(0).getAppearance().getNormalAppearance().getAppearanceStream()
                    .getContents().readAllBytes().length).isGreaterThan(1000);
            // the seal sits on the page of the signature block, under the signer's title
            assertThat(PdfBlocksTest.pageOf(doc, "Huỳnh Văn Thắng") - 1)
                    .isEqualTo(doc.getPages().indexOf(field.getWidgets().get(0).getPage()));
        }
        List<SignatureCheck.Found> found = check.check(sealed);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.problems()).isEmpty();
            assertThat(f.signer()).isEqualTo("Huỳnh Văn Thắng");
            assertThat(f.signedAt()).isEqualTo(AT.toInstant());
        });
        PdfAConformanceTest.assertPdfA3b(sealed);
    }

    @Test
    void aByteChangedAfterSealingIsDetected() throws Exception {
        byte[] sealed = sealed();
        // a digit of the letter's number, in the metadata of the first revision
        String text = new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("Lao ");
        assertThat(at).isPositive();
        sealed[at] = 'X';
        assertThat(check.check(sealed)).singleElement().satisfies(f -> assertThat(f.problems())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("thay đổi sau khi ký"));
    }

    @Test
    void somethingAddedAfterTheSealIsNamed() throws Exception {
        byte[] sealed = sealed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = Loader.loadPDF(sealed)) {
            doc.getDocumentInformation().setTitle("Đã sửa sau khi ký");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }
        assertThat(check.check(out.toByteArray())).singleElement()
                .satisfies(f -> assertThat(f.problems()).containsExactly(
                        "Có nội dung được thêm vào sau chữ ký này: thông tin văn bản (tiêu đề, tác giả, số)."));
    }

    @Test
    void aSealFromACaTheProvinceDoesNotTrustIsSaidSo() throws Exception {
        byte[] sealed = PdfSeal.seal(pdf.letterWithList(PdfDocumentsTest.letter(1), true),
                TestPki.UNTRUSTED.keys().getPrivate(), TestPki.chain(TestPki.UNTRUSTED, TestPki.STRANGER_CA), "An Giang", AT);
        assertThat(check.check(sealed)).singleElement().satisfies(f -> assertThat(f.problems())
                .containsExactly("Chứng thư số không do tổ chức chứng thực mà tỉnh tin cậy cấp."));
    }
}
