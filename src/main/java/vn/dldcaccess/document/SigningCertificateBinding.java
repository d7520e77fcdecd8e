package vn.dldcaccess.document;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * The signed signing-certificate(-v2) attribute (CAdES, RFC 5035), when present, must name the certificate the
 * signature is checked with: otherwise a signature could be presented with another certificate of the same key.
 */
final class SigningCertificateBinding {
    private SigningCertificateBinding() {
    }

    static boolean matches(SignerInformation signer, X509Certificate cert) throws Exception {
        AttributeTable signed = signer.getSignedAttributes();
        if (signed == null) {
            return true;
        }
        Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(first(v2)).getCerts()[0];
            AlgorithmIdentifier algorithm = id.getHashAlgorithm() == null
                    ? new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256) : id.getHashAlgorithm();
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
            try (OutputStream out = digest.getOutputStream()) {
                out.write(cert.getEncoded());
            }
            return Arrays.equals(digest.getDigest(), id.getCertHash());
        }
        Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        if (v1 != null) {
            ESSCertID id = SigningCertificate.getInstance(first(v1)).getCerts()[0];
            return Arrays.equals(MessageDigest.getInstance("SHA-1").digest(cert.getEncoded()), id.getCertHash());
        }
        return true;
    }

    private static ASN1Encodable first(Attribute a) {
        return a.getAttrValues().getObjectAt(0);
    }
}
