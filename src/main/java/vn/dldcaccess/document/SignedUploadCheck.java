package vn.dldcaccess.document;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a PDF a signer uploads is the draft we issued, signed by that signer, and nothing else: it starts with
 * the draft byte for byte; its one signature covers the draft and an update that only signs
 * ({@link RevisionDiff}: another number, text, page or annotation is named); the certificate is good now, the
 * time the application receives it ({@link SignatureCheck}, {@link CertificateTrust}); the time the signature
 * claims is not before the draft was made; and the certificate's subject is the one the organization file gives
 * that signer.
 */
@Component
class SignedUploadCheck {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final SignatureCheck signatures;
    private final PdfLimits limits = PdfLimits.DEFAULT;

    SignedUploadCheck(SignatureCheck signatures) {
        this.signatures = signatures;
    }

    /** The document given to the signer: its bytes and when the application made it. */
    record Draft(byte[] bytes, Instant madeAt) {
    }

    /**
     * @param expectedSubject the signer's certificate subject from the organization file, or null if none is given
     * @return the signature that signs the draft
     */
    SignatureCheck.Found accept(Draft draft, byte[] upload, String expectedSubject) {
        List<SignatureCheck.Found> found;
        List<String> problems = new ArrayList<>();
        try (UntrustedPdf pdf = UntrustedPdf.open(upload, limits)) {
            found = signatures.check(pdf, SignatureCheck.Times.NONE, limits);
            if (found.isEmpty()) {
                throw new SignedUploadRefused(List.of(Messages.text("document.signedUpload.unsigned")));
            }
            if (found.size() > 1) {
                throw new SignedUploadRefused(List.of(Messages.text("document.signedUpload.manySignatures", found.size())));
            }
            SignatureCheck.Found signature = found.get(0);
            byte[] d = draft.bytes();
            boolean overDraft = signature.revisionEnd() > d.length && upload.length > d.length
                    && Arrays.equals(upload, 0, d.length, d, 0, d.length);
            if (!overDraft) {
                problems.add(Messages.text("document.signedUpload.notTheDraft"));
            } else {
                List<String> changed = changes(draft, pdf, signature.revisionEnd());
                if (!changed.isEmpty()) {
                    problems.add(Messages.text("document.signedUpload.changed", String.join("; ", changed)));
                }
            }
            if (signature.claimedAt() != null
                    && signature.claimedAt().isBefore(draft.madeAt().minus(SignatureCheck.CLOCK_SKEW))) {
                problems.add(Messages.text("document.signedUpload.signedBeforeDraft", WHEN.format(signature.claimedAt()),
                        WHEN.format(draft.madeAt())));
            }
            problems.addAll(signature.problems());
            if (signature.certificate() != null) {
                if (expectedSubject == null) {
                    problems.add(Messages.text("document.signedUpload.signerCertificateUnknown"));
                } else if (!sameName(expectedSubject, signature.certificate())) {
                    problems.add(Messages.text("document.signedUpload.otherSigner", signature.signer()));
                }
            }
            if (!problems.isEmpty()) {
                throw new SignedUploadRefused(problems);
            }
            return signature;
        } catch (PdfRefused e) {
            throw new SignedUploadRefused(List.of(e.vietnameseMessage()));
        }
    }

    private List<String> changes(Draft draft, UntrustedPdf upload, int signedEnd) {
        // the upload starts with the draft byte for byte: its first revisions are the draft, read once already
        try (UntrustedPdf base = upload.revision(draft.bytes().length)) {
            if (signedEnd == upload.length) {
                return RevisionDiff.changes(base.document, upload.document,
                        upload.structure.freedBetween(draft.bytes().length, signedEnd), limits);
            }
            try (UntrustedPdf signed = upload.revision(signedEnd)) {
                return RevisionDiff.changes(base.document, signed.document,
                        upload.structure.freedBetween(draft.bytes().length, signedEnd), limits);
            }
        }
    }

    private static boolean sameName(String expected, java.security.cert.X509Certificate cert) {
        try {
            X500Name want = new X500Name(BCStyle.INSTANCE, expected);
            X500Name got = X500Name.getInstance(BCStyle.INSTANCE, cert.getSubjectX500Principal().getEncoded());
            return BCStyle.INSTANCE.areEqual(want, got);
        } catch (IllegalArgumentException badConfiguredName) {
            return false;
        }
    }
}
