package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Reads the signatures of a PDF from outside and checks each as a PAdES validator would: the signature's byte
 * range is the whole of one revision but its own value; the CMS signature verifies over those bytes, streamed
 * (never a copy of the file per signature); the certificate, at a time the application trusts ({@link Times}),
 * chains to the province's CAs with none revoked ({@link CertificateTrust}); and whatever revisions came after
 * it only signed ({@link RevisionDiff}). The signer's own claim of when (/M) is shown, never trusted.
 */
@Component
class SignatureCheck {
    private static final Set<String> SUBFILTERS = Set.of("ETSI.CAdES.detached", "adbe.pkcs7.detached");
    private static final int MAX_CERTIFICATES = 20;
    /** How far a signer's clock may run ahead of ours before the time it claims is not believed. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SealKeys keys;
    private final Clock clock;

    /** When the application itself recorded a revision (its hash is a stored document's): the time it vouches for. */
    interface Times {
        Times NONE = revisionEnd -> null;

        Instant recorded(int revisionEnd);
    }

    /**
     * One signature as found.
     *
     * @param claimedAt   the time the signature says (its /M), as the signer's device set it
     * @param trustedAt   the time its certificate was judged at: a valid time-stamp's, else when the application
     *                    recorded the revision, else now
     * @param revisionEnd where the revision it signs ends (its byte range's end)
     */
    record Found(String signer, X509Certificate certificate, Instant claimedAt, Instant trustedAt, String trustedBy,
                 int revisionEnd, boolean intact, List<SignatureProblem> issues) {
        boolean valid() {
            return issues.isEmpty();
        }

        /** What is wrong, in Vietnamese (none: valid and trusted). */
        List<String> problems() {
            return issues.stream().map(SignatureProblem::message).toList();
        }

        /** The signer's claim of when, as {@link #claimedAt()}. */
        Instant signedAt() {
            return claimedAt;
        }
    }

    SignatureCheck(SealKeys keys) {
        this(keys, Clock.systemUTC());
    }

    @Autowired
    SignatureCheck(SealKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** @throws PdfRefused when the bytes are not a PDF read here */
    List<Found> check(byte[] pdf) {
        try (UntrustedPdf doc = UntrustedPdf.open(pdf, PdfLimits.DEFAULT)) {
            return check(doc, Times.NONE, PdfLimits.DEFAULT);
        }
    }

    List<Found> check(UntrustedPdf pdf, Times times, PdfLimits limits) {
        List<Found> found = new ArrayList<>();
        CertificateTrust trust = new CertificateTrust(keys.trustAnchors(), keys.crls());
        for (UntrustedPdf.SignatureField f : pdf.signatureFields(limits)) {
            if (f.signature() != null) {
                found.add(check(pdf, f.signature(), trust, times, limits));
            }
        }
        return found;
    }

    private Found check(UntrustedPdf pdf, COSDictionary dict, CertificateTrust trust, Times times, PdfLimits limits) {
        List<SignatureProblem> problems = new ArrayList<>();
        PDSignature sig = new PDSignature(dict);
        Instant claimed = claimedTime(sig);
        int[] range = byteRange(dict.getItem(COSName.BYTERANGE));
        int end = range == null ? -1 : range[2] + range[3];
        String structure = structure(pdf, dict, range, limits);
        if (structure != null) {
            problems.add(SignatureProblem.of(SignatureProblem.Kind.MALFORMED, structure));
            return new Found(sig.getName(), null, claimed, null, null, end, false, problems);
        }
        X509Certificate cert = null;
        boolean intact = false;
        Instant trusted = null;
        String trustedBy = null;
        try {
            CMSSignedData cms = new CMSSignedData(new Ranges(pdf.bytes, range), ((COSString) dict.getItem(COSName.CONTENTS))
                    .getBytes());
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            if (signers.size() != 1 || all.size() > MAX_CERTIFICATES) {
                throw new IllegalArgumentException(signers.size() + " signers, " + all.size() + " certificates");
            }
            SignerInformation signer = signers.iterator().next();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            List<X509Certificate> carried = new ArrayList<>();
            for (X509CertificateHolder h : all) {
                carried.add(converter.getCertificate(h));
                if (cert == null && signer.getSID().match(h)) {
                    cert = carried.get(carried.size() - 1);
                }
            }
            if (cert == null) {
                throw new IllegalArgumentException("signer certificate missing");
            }
            intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))
                    && SigningCertificateBinding.matches(signer, cert);
            if (!intact) {
                problems.add(SignatureProblem.of(SignatureProblem.Kind.NOT_INTACT,
                        Messages.text("document.signature.notIntact")));
            } else {
                Instant now = clock.instant();
                SignatureTimestamp.Result stamp = SignatureTimestamp.of(signer, trust, now);
                problems.addAll(stamp.problems());
                Instant recorded = times.recorded(end);
                trusted = stamp.at() != null ? stamp.at() : recorded != null ? recorded : now;
                trustedBy = Messages.text(stamp.at() != null ? "document.signature.trustedBy.timestamp"
                        : recorded != null ? "document.signature.trustedBy.recorded" : "document.signature.trustedBy.check");
                if (claimed != null && claimed.isAfter(trusted.plus(CLOCK_SKEW))) {
                    problems.add(SignatureProblem.of(SignatureProblem.Kind.TIME, Messages.text("document.signature.timeAfterTrusted", trustedBy)));
                }
                problems.addAll(trust.judge(cert, carried, trusted, now, CertificateTrust.Use.SIGNING));
            }
        } catch (Exception e) {
            problems.add(SignatureProblem.of(SignatureProblem.Kind.NOT_INTACT,
                    Messages.text("document.signature.invalid")));
        }
        if (intact && end != pdf.length) {
            List<String> changed = laterChanges(pdf, end, limits);
            if (!changed.isEmpty()) {
                problems.add(SignatureProblem.of(SignatureProblem.Kind.CHANGED_AFTER,
                        Messages.text("document.signature.addedAfter", String.join("; ", changed))));
            }
        }
        String name = cert != null ? PdfSeal.commonName(cert) : sig.getName();
        return new Found(name, cert, claimed, trusted, trustedBy, end, intact, List.copyOf(problems));
    }

    /** What the revisions after the one signed changed beyond signing; the whole file is compared with it. */
    private static List<String> laterChanges(UntrustedPdf pdf, int end, PdfLimits limits) {
        try (UntrustedPdf signed = pdf.revision(end)) {
            return RevisionDiff.changes(signed.document, pdf.document, pdf.structure.freedBetween(end, pdf.length),
                    limits);
        } catch (PdfRefused e) {
            return List.of(Messages.text("document.signature.laterUnreadable"));
        }
    }

    private static Instant claimedTime(PDSignature sig) {
        try {
            return sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static int[] byteRange(COSBase v) {
        if (!(v instanceof COSArray a) || a.size() != 4) {
            return null;
        }
        int[] r = new int[4];
        for (int i = 0; i < 4; i++) {
            if (!(a.get(i) instanceof COSInteger n) || n.longValue() < 0 || n.longValue() > Integer.MAX_VALUE) {
                return null;
            }
            r[i] = n.intValue();
        }
        return r;
    }

    /**
     * Why the signature's placement is not that of a PAdES signature, or null: its byte range must cover a whole
     * revision but exactly the hex string of its own /Contents.
     */
    private static String structure(UntrustedPdf pdf, COSDictionary dict, int[] r, PdfLimits limits) {
        String subFilter = dict.getNameAsString(COSName.SUB_FILTER);
        if (!SUBFILTERS.contains(subFilter)) {
            return Messages.text("document.signature.unsupportedKind", subFilter);
        }
        if (r == null || r[0] != 0 || r[1] >= r[2] || (long) r[2] + r[3] > pdf.length
                || !pdf.structure.endsRevision(r[2] + r[3], pdf.bytes)) {
            return Messages.text("document.signature.byteRange");
        }
        if (!(dict.getItem(COSName.CONTENTS) instanceof COSString contents)
                || contents.getBytes().length > limits.maxSignatureBytes()) {
            return Messages.text("document.signature.contentsSize");
        }
        byte[] b = pdf.bytes;
        if (b[r[1]] != '<' || b[r[2] - 1] != '>') {
            return Messages.text("document.signature.gapNotContents");
        }
        byte[] value = contents.getBytes();
        int digits = r[2] - 1 - (r[1] + 1);
        if (digits % 2 != 0 || digits / 2 < value.length) {
            return Messages.text("document.signature.gapNotContents");
        }
        for (int i = 0; i < digits / 2; i++) {
            int hi = PdfLexer.hex(b[r[1] + 1 + 2 * i]);
            int lo = PdfLexer.hex(b[r[1] + 2 + 2 * i]);
            int expected = i < value.length ? value[i] & 0xff : 0;
            if (hi < 0 || lo < 0 || hi * 16 + lo != expected) {
                return Messages.text("document.signature.gapNotContents");
            }
        }
        return null;
    }

    /** The signed bytes, written from the file as they are: the two ranges around the signature value. */
    private record Ranges(byte[] pdf, int[] range) implements CMSTypedData {
        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            out.write(pdf, range[0], range[1]);
            out.write(pdf, range[2], range[3]);
        }

        @Override
        public Object getContent() {
            return null;
        }
    }
}
