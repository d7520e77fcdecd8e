package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 23: a signed upload is accepted only as a PAdES validator would accept it, each refusal naming what is
 * wrong; and the verification page judges a certificate at a time it trusts, never at the signer's claim. A test
 * CA of its own: a two-level chain, a revoked intermediate, a TLS certificate, a time-stamping authority.
 */
class SignatureBatteryTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    final PdfDocuments pdf = new PdfDocuments();
    final byte[] draft = pdf.letterWithList(PdfDocumentsTest.letter(2,
            SignatureBlock.draft("GIÁM ĐỐC", "Huỳnh Văn Thắng"), List.of("Trân trọng./.")), true);

    @TempDir
    static Path dir;
    static SignatureCheck check;
    static SignedUploadCheck uploads;

    @BeforeAll
    static void trustList() throws Exception {
        check = new SignatureCheck(new SealKeys(TestPki.trusting(dir), null));
        uploads = new SignedUploadCheck(check);
    }

    static byte[] signed(byte[] file, Pki.Issued who, Pki.Issued... chain) {
        return signed(file, ZonedDateTime.now(VN), UnaryOperator.identity(), who, chain);
    }

    static byte[] signed(byte[] file, ZonedDateTime claimed, UnaryOperator<byte[]> cms, Pki.Issued who,
                         Pki.Issued... chain) {
        java.security.cert.X509Certificate[] certs = new java.security.cert.X509Certificate[chain.length + 1];
        certs[0] = who.certificate();
        for (int i = 0; i < chain.length; i++) {
            certs[i + 1] = chain[i].certificate();
        }
        return TestSigner.sign(file, who, certs, claimed, cms);
    }

    /** An incremental update of {@code file} by whoever holds it. */
    static byte[] updated(byte[] file, Consumer<PDDocument> change) {
        try (PDDocument doc = Loader.loadPDF(file)) {
            change.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    SignatureCheck.Found accepted(byte[] upload) {
        return uploads.accept(new SignedUploadCheck.Draft(draft, TestPki.NOW), upload, TestPki.DIRECTOR_DN);
    }

    void refused(byte[] upload, String... reasons) {
        assertThatThrownBy(() -> accepted(upload)).isInstanceOfSatisfying(SignedUploadRefused.class, r -> {
            for (String reason : reasons) {
                assertThat(r.problems()).as(String.join(" | ", r.problems())).anyMatch(p -> p.contains(reason));
            }
        });
    }

    @Test
    void theDirectorsSignatureThroughAnIntermediateCaIsAccepted() {
        SignatureCheck.Found f = accepted(signed(draft, TestPki.VIA_INTERMEDIATE, TestPki.INTERMEDIATE));
        assertThat(f.problems()).isEmpty();
        assertThat(f.trustedBy()).isEqualTo("lúc kiểm tra");
    }

    @Test
    void textWrittenOnThePageInAnUpdateBeforeTheSignatureIsRefusedAndNamed() {
        byte[] forged = updated(draft, doc -> {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(80, 760);
                s.showText("So: 999/SLDTBXH-VP");
                s.endText();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
        });
        refused(signed(forged, TestPki.DIRECTOR, TestPki.CA), "khác bản trình ký", "trang 1");
    }

    @Test
    void theDocumentInformationChangedInAnUpdateIsRefused() {
        byte[] forged = updated(draft, doc -> {
            doc.getDocumentInformation().setSubject("Số: 999/SLĐTBXH-VP");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
        });
        refused(signed(forged, TestPki.DIRECTOR, TestPki.CA), "thông tin văn bản");
    }

    @Test
    void aPageAddedInAnUpdateIsRefused() {
        byte[] forged = updated(draft, doc -> {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.getPages().getCOSObject().setNeedToBeUpdated(true);
        });
        refused(signed(forged, TestPki.DIRECTOR, TestPki.CA), "danh sách trang");
    }

    @Test
    void aLinkAddedToThePageInAnUpdateIsRefused() {
        byte[] forged = updated(draft, doc -> {
            try {
                PDPage page = doc.getPage(0);
                PDAnnotationLink link = new PDAnnotationLink();
                link.setRectangle(new PDRectangle(50, 50, 200, 20));
                PDActionURI uri = new PDActionURI();
                uri.setURI("https://xac-nhan-lai.example/");
                link.setAction(uri);
                List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> all = page.getAnnotations();
                all.add(link);
                page.setAnnotations(all);
                page.getCOSObject().setNeedToBeUpdated(true);
                COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
                annots.setNeedToBeUpdated(true);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        refused(signed(forged, TestPki.DIRECTOR, TestPki.CA), "chú thích (annotation) mới trên trang 1");
    }

    @Test
    void anObjectOfTheDraftFreedInAnUpdateIsRefused() throws Exception {
        long startxref;
        int size;
        String root;
        try (PDDocument doc = Loader.loadPDF(draft)) {
            startxref = doc.getDocument().getStartXref();
            size = doc.getDocument().getTrailer().getInt(COSName.SIZE);
            var key = ((org.apache.pdfbox.cos.COSObject) doc.getDocument().getTrailer().getItem(COSName.ROOT)).getKey();
            root = key.getNumber() + " " + key.getGeneration() + " R";
        }
        // the draft's object 5, whatever it is, marked free: a reader that honours it no longer shows it
        String update = "xref\n0 1\n0000000000 65535 f \n5 1\n0000000000 00001 f \ntrailer\n<< /Size " + size
                + " /Root " + root + " /Prev " + startxref + " >>\nstartxref\n" + draft.length + "\n%%EOF\n";
        byte[] forged = HostilePdfs.concat(draft, update);
        assertThat(new String(forged, draft.length, 4, StandardCharsets.ISO_8859_1)).isEqualTo("xref");
        refused(signed(forged, TestPki.DIRECTOR, TestPki.CA), "(bị xóa)");
    }

    @Test
    void anExpiredCertificateWithABackDatedSigningTimeIsRefused() {
        ZonedDateTime whenItWasValid = ZonedDateTime.now(VN).minus(Duration.ofDays(100));
        refused(signed(draft, whenItWasValid, UnaryOperator.identity(), TestPki.EXPIRED, TestPki.CA),
                "không có hiệu lực lúc", "trước lúc bản trình ký được tạo");
    }

    @Test
    void aSigningTimeInTheFutureIsNotBelieved() {
        refused(signed(draft, ZonedDateTime.now(VN).plusHours(2), UnaryOperator.identity(), TestPki.DIRECTOR, TestPki.CA),
                "ở sau thời điểm hệ thống tin cậy");
    }

    @Test
    void aCertificateUnderARevokedIntermediateIsRefused() {
        refused(signed(draft, TestPki.UNDER_REVOKED, TestPki.REVOKED_INTERMEDIATE),
                "Chứng thư số của tổ chức cấp trung gian CA cấp hai bị thu hồi đã bị thu hồi");
    }

    @Test
    void aTlsServerCertificateIsRefusedForItsKeyUsage() {
        refused(signed(draft, TestPki.TLS_SERVER, TestPki.CA), "thiếu mục đích digitalSignature hoặc nonRepudiation",
                "như máy chủ TLS");
    }

    @Test
    void aCrlPastItsNextUpdateIsNamed() throws Exception {
        Path stale = dir.resolve("stale");
        java.nio.file.Files.createDirectories(stale);
        SignatureCheck withStaleCrl = new SignatureCheck(new SealKeys(TestPki.trusting(stale,
                TestPki.crl(TestPki.NOW.minus(Duration.ofDays(1)))), null));
        assertThat(withStaleCrl.check(signed(draft, TestPki.DIRECTOR, TestPki.CA))).singleElement()
                .satisfies(f -> assertThat(f.issues()).extracting(SignatureProblem::kind)
                        .containsExactly(SignatureProblem.Kind.REVOCATION_STALE));
    }

    @Test
    void twoSignaturesOnOneUploadAreRefused() {
        byte[] once = signed(draft, TestPki.DIRECTOR, TestPki.CA);
        byte[] twice = signed(once, TestPki.SOMEONE_ELSE, TestPki.CA);
        refused(twice, "có 2 chữ ký số");
    }

    @Test
    void aTrustedTimeStampIsTheTimeAnExpiredCertificateIsJudgedAt() {
        // the certificate expired yesterday; ten days ago it was good, and the trusted time-stamp says so
        ZonedDateTime then = ZonedDateTime.now(VN).minus(Duration.ofDays(10));
        byte[] stamped = signed(draft, then, TestSigner.timestamped(TestPki.TSA, then.toInstant()), TestPki.EXPIRED,
                TestPki.CA);
        assertThat(check.check(stamped)).singleElement().satisfies(f -> {
            assertThat(f.problems()).isEmpty();
            assertThat(f.trustedBy()).isEqualTo("dấu thời gian");
            assertThat(f.trustedAt()).isEqualTo(then.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        });
        byte[] strangerStamp = signed(draft, then, TestSigner.timestamped(TestPki.STRANGER_TSA, then.toInstant()),
                TestPki.EXPIRED, TestPki.CA);
        assertThat(check.check(strangerStamp)).singleElement().satisfies(f -> {
            assertThat(f.issues()).extracting(SignatureProblem::kind).contains(SignatureProblem.Kind.TIMESTAMP,
                    SignatureProblem.Kind.NOT_VALID_AT_TIME);
            assertThat(f.trustedBy()).isEqualTo("lúc kiểm tra");
        });
    }

    /** A second signature field over the whole of page 1, added in an update (a look that covers the letter). */
    static byte[] withCoveringField(byte[] file, boolean sign) {
        byte[] covered = updated(file, doc -> {
            try {
                PDPage page = doc.getPage(0);
                var form = doc.getDocumentCatalog().getAcroForm(null);
                var field = new org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField(form);
                field.setPartialName("ChuKySo2");
                var widget = field.getWidgets().get(0);
                widget.setRectangle(new PDRectangle(20, 20, 555, 800));
                widget.setPage(page);
                var look = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(doc);
                look.setBBox(new PDRectangle(555, 800));
                var normal = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary();
                normal.setNormalAppearance(look);
                widget.setAppearance(normal);
                form.getFields().add(field);
                List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annots = page.getAnnotations();
                annots.add(widget);
                page.setAnnotations(annots);
                page.getCOSObject().setNeedToBeUpdated(true);
                form.getCOSObject().setNeedToBeUpdated(true);
                form.getCOSObject().getCOSArray(COSName.FIELDS).setNeedToBeUpdated(true);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        if (!sign) {
            return covered;
        }
        try (PDDocument doc = Loader.loadPDF(covered)) {
            var field = (org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField)
                    doc.getDocumentCatalog().getAcroForm(null).getField("ChuKySo2");
            org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature sig =
                    new org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature();
            sig.setFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            sig.setSignDate(java.util.GregorianCalendar.from(ZonedDateTime.now(VN)));
            field.setValue(sig);
            var options = new org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions();
            options.setPreferredSignatureSize(32 * 1024);
            doc.addSignature(sig, options);
            field.getWidgets().get(0).setRectangle(new PDRectangle(20, 20, 555, 800));
            field.getWidgets().get(0).getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(CmsSignature.sign(external.getContent(), TestPki.SOMEONE_ELSE.keys().getPrivate(),
                    TestPki.chain(TestPki.SOMEONE_ELSE, TestPki.CA)));
            options.close();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSecondSignatureWhoseLookCoversThePageIsNamedAsAChangeAfterTheSeal() {
        byte[] sealed = PdfSealTest.sealed(draft);
        assertThat(check.check(withCoveringField(sealed, true))).hasSize(2).anySatisfy(seal -> assertThat(seal.problems())
                .anyMatch(p -> p.startsWith("Có nội dung được thêm vào sau chữ ký này: hình chữ ký số che")));
        refused(withCoveringField(draft, true), "hình chữ ký số che");
    }

    @Test
    void anUnsignedSignatureFieldWithALookAddedAfterTheSealIsAChange() {
        byte[] sealed = PdfSealTest.sealed(draft);
        byte[] covered = withCoveringField(sealed, false);
        try (UntrustedPdf whole = UntrustedPdf.open(covered, PdfLimits.DEFAULT);
             UntrustedPdf seal = whole.revision(sealed.length)) {
            assertThat(RevisionDiff.changes(seal.document, whole.document, java.util.Set.of(), PdfLimits.DEFAULT))
                    .containsExactly("trường chữ ký chưa ký nhưng có hình hiển thị trên trang 1");
        }
    }

    @Test
    void theDemoCaIsTrustedOnlyInTheDemoRun() throws Exception {
        SigningProperties real = TestPki.trusting(dir);
        SealKeys demoBesideATrustList = new SealKeys(new SigningProperties(null, null, real.trustAnchors(), real.crls(),
                true, dir.resolve("demo-beside")), null);
        assertThat(demoBesideATrustList.trustAnchors()).containsExactly(TestPki.CA.certificate());
        SealKeys noKeystoreNoDemo = new SealKeys(new SigningProperties(null, null, List.of(), List.of(), false,
                dir.resolve("demo-off")), null);
        assertThat(noKeystoreNoDemo.trustAnchors()).isEmpty();
        assertThat(new SignatureCheck(noKeystoreNoDemo).check(signed(draft, TestPki.DIRECTOR, TestPki.CA)))
                .singleElement().satisfies(f -> assertThat(f.problems())
                        .contains("Tỉnh chưa khai báo tổ chức chứng thực tin cậy nào; không thể tin chứng thư số này."));
    }
}
