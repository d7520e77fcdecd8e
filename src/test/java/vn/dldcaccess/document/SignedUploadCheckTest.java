package vn.dldcaccess.document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14, upload mode: with a test CA made here, a correctly signed upload is accepted and each wrong one is
 * refused with its Vietnamese reason.
 */
class SignedUploadCheckTest {
    final PdfDocuments pdf = new PdfDocuments();
    final byte[] draft = pdf.letterWithList(PdfDocumentsTest.letter(2,
            SignatureBlock.draft("GIÁM ĐỐC", "Huỳnh Văn Thắng"), java.util.List.of("Trân trọng./.")), true);

    @TempDir
    static Path dir;
    static SignedUploadCheck uploads;

    @BeforeAll
    static void trustList() throws Exception {
        uploads = new SignedUploadCheck(new SignatureCheck(new SealKeys(TestPki.trusting(dir), null)));
    }

    /** What a signer's own tool does: sign the file, as an incremental update, with their token's key. */
    static byte[] signedWith(byte[] file, Pki.Issued who, Pki.Issued ca) {
        return PdfSeal.seal(file, who.keys().getPrivate(), TestPki.chain(who, ca), "An Giang", PdfSealTest.AT);
    }

    void refused(byte[] upload, String reason) {
        assertThatThrownBy(() -> uploads.accept(new SignedUploadCheck.Draft(draft, TestPki.NOW), upload, TestPki.DIRECTOR_DN))
                .isInstanceOfSatisfying(SignedUploadRefused.class, r -> {
                    assertThat(r.problems()).as("exactly this reason").anyMatch(p -> p.contains(reason));
                    assertThat(r.vietnameseMessage()).startsWith("Văn bản đã ký chưa được chấp nhận: ");
                });
    }

    @Test
    void theDirectorsOwnSignatureOverTheDraftIsAccepted() {
        SignatureCheck.Found f = uploads.accept(new SignedUploadCheck.Draft(draft, TestPki.NOW),
                signedWith(draft, TestPki.DIRECTOR, TestPki.CA),
                "C=VN, O=Sở Lao động - Thương binh và Xã hội, CN=Huỳnh Văn Thắng");
        assertThat(f.signer()).isEqualTo("Huỳnh Văn Thắng");
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void aSignatureOverAChangedDraftIsRefused() {
        byte[] other = pdf.letterWithList(PdfDocumentsTest.letter(3,
                SignatureBlock.draft("GIÁM ĐỐC", "Huỳnh Văn Thắng"), java.util.List.of("Trân trọng./.")), true);
        refused(signedWith(other, TestPki.DIRECTOR, TestPki.CA), "không đúng bản trình ký");
    }

    @Test
    void anotherPersonsCertificateIsRefused() {
        refused(signedWith(draft, TestPki.SOMEONE_ELSE, TestPki.CA),
                "Chứng thư số không phải của người ký: chứng thư cấp cho \"Trần Văn Đức\"");
    }

    @Test
    void anExpiredCertificateIsRefused() {
        refused(signedWith(draft, TestPki.EXPIRED, TestPki.CA), "không có hiệu lực lúc");
    }

    @Test
    void aRevokedCertificateIsRefused() {
        refused(signedWith(draft, TestPki.REVOKED, TestPki.CA), "đã bị thu hồi");
    }

    @Test
    void aCertificateOfAnUntrustedCaIsRefused() {
        refused(signedWith(draft, TestPki.UNTRUSTED, TestPki.STRANGER_CA), "không do tổ chức chứng thực mà tỉnh tin cậy");
    }

    @Test
    void aPdfWithNoSignatureOrNoPdfAtAllIsRefused() {
        refused(draft, "Tệp tải lên không có chữ ký số.");
        refused("%PDF-1.7 rác".getBytes(), "không phải là tệp PDF đọc được");
    }
}
