package vn.dldcaccess.document;

import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dldcaccess.shared.Messages;

import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a certificate may be believed at a time the application trusts: a path to one of the province's CAs
 * (PKIX), every certificate of it valid then, none revoked on the province's CRLs (each CRL verified against its
 * issuer, one past its next update named), and a leaf made for what it is used for: signing documents
 * (digitalSignature or nonRepudiation, no CA, no TLS-only purpose) or time-stamping.
 */
final class CertificateTrust {
    private static final Logger log = LoggerFactory.getLogger(CertificateTrust.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(
            ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final int MAX_PATH = 8;
    /** Purposes a document-signing certificate may carry when it restricts them (RFC 9336, Adobe, Microsoft). */
    private static final Set<String> SIGNING_PURPOSES = Set.of(KeyPurposeId.anyExtendedKeyUsage.getId(),
            KeyPurposeId.id_kp_emailProtection.getId(), KeyPurposeId.id_kp_clientAuth.getId(), "1.3.6.1.5.5.7.3.36",
            "1.2.840.113583.1.1.5", "1.3.6.1.4.1.311.10.3.12");

    enum Use { SIGNING, TIMESTAMPING }

    private final List<X509Certificate> anchors;
    private final List<X509CRL> crls;

    CertificateTrust(List<X509Certificate> anchors, List<X509CRL> crls) {
        this.anchors = anchors;
        this.crls = crls;
    }

    /**
     * @param at  the time the certificate must have been good at (the signature's trusted time)
     * @param now the time CRLs must still be current at
     */
    List<SignatureProblem> judge(X509Certificate leaf, Collection<X509Certificate> carried, Instant at, Instant now,
                                 Use use) {
        List<SignatureProblem> problems = new ArrayList<>(usage(leaf, use));
        List<X509Certificate> path = path(leaf, carried);
        X509Certificate anchor = path.isEmpty() ? null : anchorOf(path.get(path.size() - 1));
        if (anchor == null) {
            problems.add(SignatureProblem.of(SignatureProblem.Kind.UNTRUSTED, anchors.isEmpty()
                    ? Messages.text("document.certificate.noAnchors") : Messages.text("document.certificate.untrusted")));
            return problems;
        }
        List<X509Certificate> all = new ArrayList<>(path);
        all.add(anchor);
        for (int i = 0; i < all.size(); i++) {
            X509Certificate c = all.get(i);
            if (at.isBefore(c.getNotBefore().toInstant()) || at.isAfter(c.getNotAfter().toInstant())) {
                problems.add(SignatureProblem.of(SignatureProblem.Kind.NOT_VALID_AT_TIME, Messages.text("document.certificate.notValidAt",
                        whose(i, all, c), DAY.format(c.getNotBefore().toInstant()), DAY.format(c.getNotAfter().toInstant()),
                        DAY.format(at))));
            }
        }
        if (!problems.stream().anyMatch(p -> p.kind() == SignatureProblem.Kind.NOT_VALID_AT_TIME) && !pkix(path, anchor, at)) {
            problems.add(SignatureProblem.of(SignatureProblem.Kind.UNTRUSTED,
                    Messages.text("document.certificate.badChain")));
        }
        for (int i = 0; i < path.size(); i++) {
            revocation(path.get(i), all.get(i + 1), whose(i, all, path.get(i)), now, problems);
        }
        return problems;
    }

    private static String whose(int i, List<X509Certificate> all, X509Certificate c) {
        if (i == 0) {
            return Messages.text("document.certificate.ofSigner", PdfSeal.commonName(c));
        }
        return Messages.text(i == all.size() - 1 ? "document.certificate.ofRoot" : "document.certificate.ofIntermediate",
                PdfSeal.commonName(c));
    }

    private static List<SignatureProblem> usage(X509Certificate leaf, Use use) {
        List<SignatureProblem> out = new ArrayList<>();
        List<String> purposes;
        try {
            purposes = leaf.getExtendedKeyUsage();
        } catch (java.security.cert.CertificateParsingException e) {
            purposes = List.of();
        }
        if (use == Use.TIMESTAMPING) {
            if (purposes == null || !purposes.contains(KeyPurposeId.id_kp_timeStamping.getId())) {
                out.add(SignatureProblem.of(SignatureProblem.Kind.TIMESTAMP,
                        Messages.text("document.certificate.notTimestamping")));
            }
            return out;
        }
        boolean[] ku = leaf.getKeyUsage();
        if (ku == null || !(ku[0] || ku[1])) {
            out.add(SignatureProblem.of(SignatureProblem.Kind.WRONG_USAGE, Messages.text("document.certificate.noSigningUsage")));
        }
        if (leaf.getBasicConstraints() >= 0) {
            out.add(SignatureProblem.of(SignatureProblem.Kind.WRONG_USAGE,
                    Messages.text("document.certificate.isAuthority")));
        }
        if (purposes != null && purposes.stream().noneMatch(SIGNING_PURPOSES::contains)) {
            out.add(SignatureProblem.of(SignatureProblem.Kind.WRONG_USAGE,
                    Messages.text("document.certificate.otherPurpose")));
        }
        return out;
    }

    /** From the leaf up through the certificates the signature carries, to the last one before an anchor. */
    private List<X509Certificate> path(X509Certificate leaf, Collection<X509Certificate> carried) {
        List<X509Certificate> path = new ArrayList<>();
        Set<X509Certificate> used = new HashSet<>();
        X509Certificate current = leaf;
        while (current != null && path.size() < MAX_PATH && used.add(current)) {
            path.add(current);
            if (anchorOf(current) != null) {
                return path;
            }
            X509Certificate next = null;
            for (X509Certificate c : carried) {
                if (!used.contains(c) && issued(c, current)) {
                    next = c;
                    break;
                }
            }
            current = next;
        }
        return path;
    }

    /** The anchor that issued {@code c}, if one did. */
    private X509Certificate anchorOf(X509Certificate c) {
        for (X509Certificate a : anchors) {
            if (!a.equals(c) && issued(a, c)) {
                return a;
            }
        }
        return null;
    }

    private static boolean issued(X509Certificate issuer, X509Certificate c) {
        if (!issuer.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
            return false;
        }
        try {
            c.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean pkix(List<X509Certificate> path, X509Certificate anchor, Instant at) {
        try {
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(at));
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
            return true;
        } catch (Exception e) {
            log.info("Certificate path refused by PKIX: {}", e.getMessage());
            return false;
        }
    }

    private void revocation(X509Certificate c, X509Certificate issuer, String whose, Instant now,
                            List<SignatureProblem> problems) {
        for (X509CRL crl : crls) {
            if (!crl.getIssuerX500Principal().equals(c.getIssuerX500Principal()) || !signedBy(crl, issuer)) {
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(c);
            if (entry != null) {
                problems.add(SignatureProblem.of(SignatureProblem.Kind.REVOKED, Messages.text("document.certificate.revoked", whose,
                        DAY.format(entry.getRevocationDate().toInstant()))));
            } else if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
                problems.add(SignatureProblem.of(SignatureProblem.Kind.REVOCATION_STALE, Messages.text("document.certificate.revocationStale",
                        PdfSeal.commonName(issuer), DAY.format(crl.getNextUpdate().toInstant()), whose)));
            }
        }
    }

    private static boolean signedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
