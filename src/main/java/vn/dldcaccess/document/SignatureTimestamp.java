package vn.dldcaccess.document;

import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import vn.dldcaccess.shared.Messages;

import java.io.OutputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The RFC 3161 time-stamp a signature may carry (PAdES B-T): when it is valid (its own signature, a TSA the
 * province trusts, over this very signature value) its time is a time the application may trust.
 */
final class SignatureTimestamp {
    /** @param at the time-stamp's time when valid; null when there is none or it is not valid */
    record Result(Instant at, List<SignatureProblem> problems) {
    }

    private SignatureTimestamp() {
    }

    static Result of(SignerInformation signer, CertificateTrust trust, Instant now) {
        AttributeTable unsigned = signer.getUnsignedAttributes();
        Attribute attribute = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return new Result(null, List.of());
        }
        List<SignatureProblem> problems = new ArrayList<>();
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(
                    attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            AlgorithmIdentifier algorithm = token.getTimeStampInfo().getHashAlgorithm();
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
            try (OutputStream out = digest.getOutputStream()) {
                out.write(signer.getSignature());
            }
            if (!Arrays.equals(digest.getDigest(), token.getTimeStampInfo().getMessageImprintDigest())) {
                problems.add(SignatureProblem.of(SignatureProblem.Kind.TIMESTAMP,
                        Messages.text("document.timestamp.otherSignature")));
                return new Result(null, problems);
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
            if (matches.isEmpty()) {
                problems.add(SignatureProblem.of(SignatureProblem.Kind.TIMESTAMP,
                        Messages.text("document.timestamp.noCertificate")));
                return new Result(null, problems);
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate tsa = converter.getCertificate(matches.iterator().next());
            // checks the token's signature, its signing-certificate binding, and that the TSA certificate is for it
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            Instant at = token.getTimeStampInfo().getGenTime().toInstant();
            List<X509Certificate> carried = new ArrayList<>();
            for (Object h : token.getCertificates().getMatches(null)) {
                carried.add(converter.getCertificate((X509CertificateHolder) h));
            }
            List<SignatureProblem> tsaProblems = trust.judge(tsa, carried, at, now, CertificateTrust.Use.TIMESTAMPING);
            tsaProblems.forEach(p -> problems.add(SignatureProblem.of(SignatureProblem.Kind.TIMESTAMP,
                    Messages.text("document.timestamp.certificate", p.message()))));
            return new Result(problems.isEmpty() ? at : null, problems);
        } catch (Exception e) {
            problems.add(SignatureProblem.of(SignatureProblem.Kind.TIMESTAMP, Messages.text("document.timestamp.invalid")));
            return new Result(null, problems);
        }
    }
}
