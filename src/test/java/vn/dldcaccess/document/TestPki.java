package vn.dldcaccess.document;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A test CA made in the test: the province's trusted CA, a stranger CA, and certificates of every kind. */
public final class TestPki {
    static final Instant NOW = Instant.now();
    static final Pki.Issued CA = Pki.authority("CN=CA thử nghiệm của tỉnh,O=Ban Cơ yếu (thử)",
            NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(3650)));
    static final Pki.Issued STRANGER_CA = Pki.authority("CN=CA lạ,O=Không tin cậy",
            NOW.minus(Duration.ofDays(30)), NOW.plus(Duration.ofDays(3650)));
    public static final String DIRECTOR_DN = "CN=Huỳnh Văn Thắng,O=Sở Lao động - Thương binh và Xã hội,C=VN";
    static final Pki.Issued DIRECTOR = Pki.signer(DIRECTOR_DN, CA, NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(700)));
    static final Pki.Issued SOMEONE_ELSE = Pki.signer("CN=Trần Văn Đức,O=Sở Lao động - Thương binh và Xã hội,C=VN", CA,
            NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(700)));
    static final Pki.Issued EXPIRED = Pki.signer(DIRECTOR_DN, CA, NOW.minus(Duration.ofDays(400)),
            NOW.minus(Duration.ofDays(1)));
    static final Pki.Issued REVOKED = Pki.signer(DIRECTOR_DN, CA, NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(700)));
    static final Pki.Issued UNTRUSTED = Pki.signer(DIRECTOR_DN, STRANGER_CA, NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(700)));

    /** A CA under {@link #CA}, and a director's certificate under it (a province's usual two-level chain). */
    static final Pki.Issued INTERMEDIATE = certificate("CN=CA cấp hai của tỉnh,O=Ban Cơ yếu (thử)", CA, true,
            KeyUsage.keyCertSign | KeyUsage.cRLSign, null, NOW.minus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(3000)));
    static final Pki.Issued VIA_INTERMEDIATE = certificate(DIRECTOR_DN, INTERMEDIATE, false,
            KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null, NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(700)));
    /** A CA under {@link #CA} that {@link #CA} revoked, and a director's certificate under it. */
    static final Pki.Issued REVOKED_INTERMEDIATE = certificate("CN=CA cấp hai bị thu hồi,O=Ban Cơ yếu (thử)", CA, true,
            KeyUsage.keyCertSign | KeyUsage.cRLSign, null, NOW.minus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(3000)));
    static final Pki.Issued UNDER_REVOKED = certificate(DIRECTOR_DN, REVOKED_INTERMEDIATE, false,
            KeyUsage.digitalSignature | KeyUsage.nonRepudiation, null, NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(700)));
    /** A web server's certificate in the director's name: key encipherment and TLS only. */
    static final Pki.Issued TLS_SERVER = certificate(DIRECTOR_DN, CA, false, KeyUsage.keyEncipherment,
            KeyPurposeId.id_kp_serverAuth, NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(700)));
    /** A time-stamping authority the province trusts (RFC 3161: its one purpose, critical). */
    static final Pki.Issued TSA = certificate("CN=Dịch vụ cấp dấu thời gian (thử),O=Ban Cơ yếu (thử)", CA, false,
            KeyUsage.digitalSignature, KeyPurposeId.id_kp_timeStamping, NOW.minus(Duration.ofDays(400)),
            NOW.plus(Duration.ofDays(3000)));
    /** The same, from a CA nobody trusts. */
    static final Pki.Issued STRANGER_TSA = certificate("CN=Dấu thời gian lạ", STRANGER_CA, false,
            KeyUsage.digitalSignature, KeyPurposeId.id_kp_timeStamping, NOW.minus(Duration.ofDays(400)),
            NOW.plus(Duration.ofDays(3000)));

    private TestPki() {
    }

    static Pki.Issued certificate(String subject, Pki.Issued issuer, boolean ca, int keyUsage, KeyPurposeId purpose,
                                  Instant from, Instant to) {
        try {
            java.security.KeyPair keys = Pki.rsa();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(X500Name.getInstance(
                    issuer.certificate().getSubjectX500Principal().getEncoded()),
                    BigInteger.valueOf(System.nanoTime()), Date.from(from), Date.from(to), new X500Name(subject),
                    keys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            if (purpose != null) {
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(purpose));
            }
            return new Pki.Issued(keys, new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.keys().getPrivate()))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate[] chain(Pki.Issued signer, Pki.Issued ca) {
        return new X509Certificate[]{signer.certificate(), ca.certificate()};
    }

    /** Signing properties trusting {@link #CA}, with a CRL that lists {@link #REVOKED} and {@link #REVOKED_INTERMEDIATE}. */
    static SigningProperties trusting(Path dir) throws Exception {
        return trusting(dir, crl(NOW.plus(Duration.ofDays(7))));
    }

    static SigningProperties trusting(Path dir, X509CRL crlOfCa) throws Exception {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, Pki.pem(CA.certificate()));
        Path crl = dir.resolve("ca-" + crlOfCa.getNextUpdate().getTime() + ".crl");
        Files.write(crl, crlOfCa.getEncoded());
        return new SigningProperties(null, null, List.of(ca), List.of(crl), false, dir.resolve("demo"));
    }

    static X509CRL crl() throws Exception {
        return crl(NOW.plus(Duration.ofDays(7)));
    }

    /** The CA's CRL, next updated at {@code nextUpdate} (in the past: a CRL nobody refreshed). */
    static X509CRL crl(Instant nextUpdate) throws Exception {
        X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(CA.certificate().getSubjectX500Principal()
                .getEncoded()), Date.from(nextUpdate.minus(Duration.ofDays(8))));
        b.addCRLEntry(REVOKED.certificate().getSerialNumber(), Date.from(NOW.minus(Duration.ofDays(2))),
                CRLReason.keyCompromise);
        b.addCRLEntry(REVOKED_INTERMEDIATE.certificate().getSerialNumber(), Date.from(NOW.minus(Duration.ofDays(3))),
                CRLReason.cACompromise);
        b.setNextUpdate(Date.from(nextUpdate));
        return new JcaX509CRLConverter().getCRL(b.build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(CA.keys().getPrivate())));
    }
}
