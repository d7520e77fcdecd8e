package vn.dldcaccess.document;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

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

    private TestPki() {
    }

    static X509Certificate[] chain(Pki.Issued signer, Pki.Issued ca) {
        return new X509Certificate[]{signer.certificate(), ca.certificate()};
    }

    /** Signing properties trusting {@link #CA}, with a CRL that lists {@link #REVOKED}. */
    static SigningProperties trusting(Path dir) throws Exception {
        Path ca = dir.resolve("ca.pem");
        Files.writeString(ca, Pki.pem(CA.certificate()));
        Path crl = dir.resolve("ca.crl");
        Files.write(crl, crl().getEncoded());
        return new SigningProperties(null, null, List.of(ca), List.of(crl), false, dir.resolve("demo"));
    }

    static X509CRL crl() throws Exception {
        X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(CA.certificate().getSubjectX500Principal()
                .getEncoded()), Date.from(NOW.minus(Duration.ofDays(1))));
        b.addCRLEntry(REVOKED.certificate().getSerialNumber(), Date.from(NOW.minus(Duration.ofDays(2))),
                CRLReason.keyCompromise);
        b.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(7))));
        return new JcaX509CRLConverter().getCRL(b.build(new JcaContentSignerBuilder("SHA256withRSA")
                .build(CA.keys().getPrivate())));
    }
}
