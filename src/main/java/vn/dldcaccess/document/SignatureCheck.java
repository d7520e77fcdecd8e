package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Store;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the signatures of a PDF and checks each: the CMS signature over its byte range, whether anything was
 * added after it, the certificate against the province's trust list at the signing time, and its CRLs.
 */
@Component
class SignatureCheck {
    private final SealKeys keys;

    SignatureCheck(SealKeys keys) {
        this.keys = keys;
    }

    /**
     * One signature as found.
     *
     * @param revisionEnd where the revision it signs ends (its byte range's end)
     * @param problems    what is wrong with it, in Vietnamese (none: valid and trusted)
     */
    record Found(String signer, X509Certificate certificate, Instant signedAt, int revisionEnd, boolean intact,
                 List<String> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    /** @throws IOException when the bytes are not a readable PDF */
    List<Found> check(byte[] pdf) throws IOException {
        List<Found> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDSignature sig : doc.getSignatureDictionaries()) {
                found.add(check(pdf, sig));
            }
        }
        return found;
    }

    private Found check(byte[] pdf, PDSignature sig) {
        List<String> problems = new ArrayList<>();
        int[] range = sig.getByteRange();
        int end = range.length == 4 ? range[2] + range[3] : -1;
        Instant at = sig.getSignDate() == null ? null : sig.getSignDate().toInstant();
        X509Certificate cert = null;
        boolean intact = false;
        try {
            if (range.length != 4 || range[0] != 0 || end > pdf.length) {
                throw new IllegalArgumentException("byte range " + java.util.Arrays.toString(range));
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(pdf)),
                    sig.getContents(pdf));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Store<X509CertificateHolder> store = cms.getCertificates();
            Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("signer certificate missing");
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            cert = converter.getCertificate(matches.iterator().next());
            intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            List<X509Certificate> others = new ArrayList<>();
            for (X509CertificateHolder h : store.getMatches(null)) {
                others.add(converter.getCertificate(h));
            }
            if (!intact) {
                problems.add("Chữ ký số không khớp với nội dung: văn bản đã bị thay đổi sau khi ký.");
            } else {
                trust(cert, others, at == null ? Instant.now() : at, problems);
            }
        } catch (Exception e) {
            problems.add("Chữ ký số không hợp lệ hoặc nội dung đã bị thay đổi sau khi ký.");
        }
        if (intact && end != pdf.length) {
            problems.add("Có nội dung được thêm vào sau chữ ký này.");
        }
        String name = cert != null ? PdfSeal.commonName(cert) : sig.getName();
        return new Found(name, cert, at, end, intact, List.copyOf(problems));
    }

    private void trust(X509Certificate cert, List<X509Certificate> intermediates, Instant at, List<String> problems) {
        try {
            cert.checkValidity(Date.from(at));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            problems.add("Chứng thư số không còn hoặc chưa có hiệu lực tại thời điểm ký.");
            return;
        }
        Set<TrustAnchor> anchors = new HashSet<>();
        keys.trustAnchors().forEach(a -> anchors.add(new TrustAnchor(a, null)));
        if (anchors.isEmpty() || !chains(cert, intermediates, anchors, at)) {
            problems.add("Chứng thư số không do tổ chức chứng thực mà tỉnh tin cậy cấp.");
            return;
        }
        for (X509CRL crl : keys.crls()) {
            if (crl.getIssuerX500Principal().equals(cert.getIssuerX500Principal()) && crl.isRevoked(cert)) {
                problems.add("Chứng thư số đã bị thu hồi (có trong danh sách thu hồi chứng thư).");
                return;
            }
        }
    }

    private static boolean chains(X509Certificate cert, List<X509Certificate> intermediates, Set<TrustAnchor> anchors,
                                  Instant at) {
        try {
            List<X509Certificate> path = new ArrayList<>();
            path.add(cert);
            // the CMS carries the chain; the path to validate leaves out the anchors themselves
            X509Certificate current = cert;
            for (int guard = 0; guard < 8; guard++) {
                X509Certificate issuer = null;
                for (X509Certificate c : intermediates) {
                    if (!c.equals(current) && c.getSubjectX500Principal().equals(current.getIssuerX500Principal())
                            && anchors.stream().noneMatch(a -> a.getTrustedCert().equals(c))) {
                        issuer = c;
                    }
                }
                if (issuer == null) {
                    break;
                }
                path.add(issuer);
                current = issuer;
            }
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
