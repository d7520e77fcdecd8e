package vn.dldcaccess.document;

import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * Issue 14's figures (run with {@code mvn -Pbench test -Dtest=DocumentBenchmark}); it prints, it does not
 * assert. The seal stands beside a bare CMS signature of the same bytes, verification beside a bare CMS
 * verification of the same document, both from the same run; rendering has no bare twin here (FoundationBenchmark's
 * figure before PDF/A is in the README's table).
 */
public class DocumentBenchmark {
    @TempDir
    Path dir;

    static double ms(int n, Supplier<?> work) {
        for (int i = 0; i < Math.max(5, n / 3); i++) {
            work.get();
        }
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            work.get();
        }
        return (System.nanoTime() - t) / 1e6 / n;
    }

    @Test
    void renderSealAndVerify() throws Exception {
        PdfDocuments pdf = new PdfDocuments();
        RegistrationFormData form = new RegistrationFormData(new OfficialHeader("UBND TỈNH AN GIANG",
                "Sở Lao động - Thương binh và Xã hội", null, null, "An Giang", LocalDate.now()), "PHIẾU ĐĂNG KÝ CẤP TÀI KHOẢN",
                "(Theo mẫu 1658)", "SLĐTBXH-2026-000001", vn.dldcaccess.bench.FoundationBenchmark.fields(),
                List.of("Không dùng chung tài khoản.", "Thay đổi mật khẩu ít nhất mỗi tháng một lần."), "Nguyễn Thị Hường",
                "Lê Thị Thu Hà", LocalDate.now());
        LetterData list = PdfDocumentsTest.letter(1000);
        var key = TestPki.DIRECTOR.keys().getPrivate();
        var chain = TestPki.chain(TestPki.DIRECTOR, TestPki.CA);
        var at = PdfSealTest.AT;

        double formRender = ms(600, () -> pdf.registrationForm(form));
        byte[] formBytes = pdf.registrationForm(form);
        double formSeal = ms(300, () -> PdfSeal.seal(formBytes, key, chain, "An Giang", at));
        double formCms = ms(300, () -> cms(formBytes, key, chain));
        double listRender = ms(15, () -> pdf.letterWithList(list, true));
        byte[] listBytes = pdf.letterWithList(list, true);
        double listSeal = ms(30, () -> PdfSeal.seal(listBytes, key, chain, "An Giang", at));
        double listCms = ms(30, () -> cms(listBytes, key, chain));

        SignatureCheck check = new SignatureCheck(new SealKeys(TestPki.trusting(dir), null));
        byte[] signed = PdfSeal.seal(listBytes, key, chain, "An Giang", at);
        double verify = ms(60, () -> check.check(signed));
        byte[] signature = cms(listBytes, key, chain);
        double bareVerify = ms(60, () -> bareVerify(listBytes, signature));

        System.out.printf("%nBENCH documents: form 1658 render + PDF/A %.2f ms, seal %.2f ms, in all %.2f ms "
                        + "(goal <= 10 ms); anchor: bare CMS signature of the same bytes %.2f ms%n",
                formRender, formSeal, formRender + formSeal, formCms);
        System.out.printf("BENCH documents: letter + 1000-row list render + PDF/A %.1f ms, seal %.1f ms, in all %.1f ms; "
                + "anchor: bare CMS signature of the same bytes %.1f ms%n", listRender, listSeal, listRender + listSeal, listCms);
        // issue 23: the parts of a verification, and the director's upload checked against its draft
        double preflight = ms(60, () -> PdfPreflight.scan(signed, signed.length, PdfLimits.DEFAULT));
        double parse = ms(60, () -> {
            try (UntrustedPdf doc = UntrustedPdf.open(signed, PdfLimits.DEFAULT)) {
                return doc.structure.objects();
            }
        });
        SignedUploadCheck uploads = new SignedUploadCheck(check);
        SignedUploadCheck.Draft draft = new SignedUploadCheck.Draft(listBytes, TestPki.NOW);
        double upload = ms(30, () -> uploads.accept(draft, signed, TestPki.DIRECTOR_DN));
        System.out.printf("BENCH documents: verify a sealed 1000-row letter (%d KB) %.2f ms (goal <= 20 ms); anchor: bare "
                + "CMS verification %.2f ms, ratio %.1f%n", signed.length / 1024, verify, bareVerify, verify / bareVerify);
        System.out.printf("BENCH documents: of which pre-flight (syntax, every stream decoded into a counter) %.2f ms, "
                + "pre-flight + strict parse %.2f ms; a signed upload of that letter checked against its draft (three "
                + "pre-flights, the revision comparison) %.2f ms, ratio to bare CMS %.1f%n", preflight, parse, upload,
                upload / bareVerify);
    }

    static byte[] cms(byte[] content, java.security.PrivateKey key, java.security.cert.X509Certificate[] chain) {
        try {
            return CmsSignature.sign(new ByteArrayInputStream(content), key, chain);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean bareVerify(byte[] content, byte[] signature) {
        try {
            CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), signature);
            SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(TestPki.DIRECTOR.certificate()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
