package vn.dldcaccess.document;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Certificates as the demo run and the tests make them, and as the configuration's files hold them. */
public final class Pki {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pki() {
    }

    public record Issued(KeyPair keys, X509Certificate certificate) {
    }

    public static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048, RANDOM);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed CA certificate. */
    public static Issued authority(String subject, Instant from, Instant to) {
        KeyPair keys = rsa();
        return new Issued(keys, certificate(subject, keys, new X500Name(subject), keys.getPrivate(), from, to, true));
    }

    /** A signing certificate issued by {@code ca}. */
    public static Issued signer(String subject, Issued ca, Instant from, Instant to) {
        KeyPair keys = rsa();
        // the issuer exactly as the CA's certificate encodes its subject, or chains will not match
        return new Issued(keys, certificate(subject, keys, X500Name.getInstance(
                ca.certificate().getSubjectX500Principal().getEncoded()), ca.keys().getPrivate(), from, to, false));
    }

    private static X509Certificate certificate(String subject, KeyPair keys, X500Name issuer, PrivateKey issuerKey,
                                               Instant from, Instant to, boolean ca) {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).abs().add(BigInteger.ONE), Date.from(from), Date.from(to),
                    new X500Name(subject), keys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot make certificate " + subject, e);
        }
    }

    public static String pem(X509Certificate c) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(c.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(file))) {
            List<X509Certificate> out = new ArrayList<>();
            CertificateFactory.getInstance("X.509").generateCertificates(in).forEach(c -> out.add((X509Certificate) c));
            return out;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read certificates from " + file + ": " + e.getMessage(), e);
        }
    }

    static List<X509CRL> readCrls(Path file) {
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(file))) {
            List<X509CRL> out = new ArrayList<>();
            for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
                out.add((X509CRL) crl);
            }
            return out;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read CRL from " + file + ": " + e.getMessage(), e);
        }
    }
}
