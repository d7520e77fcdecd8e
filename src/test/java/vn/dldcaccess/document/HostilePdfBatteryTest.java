package vn.dldcaccess.document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 23: every hostile file is refused before it costs more than its limits, with a Vietnamese reason, as the
 * verification page and a signer's upload read it; and every document the application issues still passes.
 */
class HostilePdfBatteryTest {
    @TempDir
    static Path dir;
    static SignatureCheck check;

    @BeforeAll
    static void trustList() throws Exception {
        check = new SignatureCheck(new SealKeys(TestPki.trusting(dir), null));
    }

    @TestFactory
    Stream<DynamicTest> eachHostileFileIsRefusedInVietnamese() {
        return HostilePdfs.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            byte[] file = e.getValue().file().get();
            long before = usedHeap();
            assertThatThrownBy(() -> check.check(file)).as(e.getKey()).isInstanceOfSatisfying(PdfRefused.class, r -> {
                assertThat(r.getMessage()).contains(e.getValue().reason());
                assertThat(r.vietnameseMessage()).startsWith("Tệp");
            });
            // nothing of the bomb stays: its decoding was counted, not kept
            assertThat(usedHeap() - before).as("heap kept by " + e.getKey()).isLessThan(64L << 20);
        }));
    }

    @Test
    void signatureFieldsWithHostileByteRangesAreNamedNotThrown() {
        HostilePdfs.Raw r = new HostilePdfs.Raw();
        r.obj("<< /Type /Catalog /Pages 2 0 R /AcroForm 3 0 R >>");
        r.obj("<< /Type /Pages /Kids [] /Count 0 >>");
        r.obj("<< /Fields [4 0 R 6 0 R 8 0 R] /SigFlags 3 >>");
        r.obj("<< /FT /Sig /T (a) /V 5 0 R >>");
        r.obj("<< /Type /Sig /SubFilter /ETSI.CAdES.detached /ByteRange [0 -5 99999999999 3] /Contents <00> >>");
        r.obj("<< /FT /Sig /T (b) /V 7 0 R >>");
        r.obj("<< /Type /Sig /SubFilter /adbe.x509.rsa_sha1 /ByteRange [0 1 2 3] /Contents <00> >>");
        r.obj("<< /FT /Sig /T (c) /V 9 0 R >>");
        r.obj("<< /Type /Sig /SubFilter /ETSI.CAdES.detached /ByteRange [0 10 20 30] /Contents <" + "00".repeat(300_000)
                + "> >>");
        byte[] file = r.withXrefTable("");
        assertThat(check.check(file)).hasSize(3).allSatisfy(f -> {
            assertThat(f.valid()).isFalse();
            assertThat(f.issues()).extracting(SignatureProblem::kind).containsOnly(SignatureProblem.Kind.MALFORMED);
        });
    }

    @Test
    void everyKindOfIssuedDocumentPassesTheSameChecks() {
        PdfDocuments pdf = new PdfDocuments();
        byte[] letter = pdf.letterWithList(PdfDocumentsTest.letter(1000), true);
        byte[] sealed = PdfSealTest.sealed(letter);
        assertThat(PdfPreflight.scan(sealed, sealed.length, PdfLimits.DEFAULT).revisionEnds()).hasSize(2);
        assertThat(check.check(sealed)).singleElement().satisfies(f -> assertThat(f.problems()).isEmpty());
        AuthorizationLetterData auz = PdfBlocksTest.authorization(java.util.List.of("Không chia sẻ tài khoản."));
        RegistrationFormData form = new RegistrationFormData(DocumentImagesTest.header("Sở Tư pháp", null, null),
                "PHIẾU ĐĂNG KÝ", "(Theo mẫu 1658)", "STP-2026-000123", vn.dldcaccess.bench.FoundationBenchmark.fields(),
                java.util.List.of("Không dùng chung tài khoản."), "Nguyễn Thị Hường", "Lê Thị Thu Hà",
                java.time.LocalDate.of(2026, 12, 1));
        byte[] sealedAuthorization = PdfSealTest.sealed(pdf.authorizationLetter(auz));
        assertThat(check.check(sealedAuthorization)).singleElement().satisfies(f -> assertThat(f.problems()).isEmpty());
        for (byte[] issued : java.util.List.of(letter, pdf.letterWithList(PdfDocumentsTest.letter(3), false),
                sealedAuthorization, pdf.registrationForm(form))) {
            try (UntrustedPdf doc = UntrustedPdf.open(issued, PdfLimits.DEFAULT)) {
                assertThat(doc.structure.objects()).isLessThan(PdfLimits.DEFAULT.maxObjects() / 10);
            }
        }
    }

    private static long usedHeap() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
