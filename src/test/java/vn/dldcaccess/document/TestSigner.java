package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.function.UnaryOperator;

/** What a signer's own tool does, with the knobs an attacker turns: the claimed time, the chain, a time-stamp. */
final class TestSigner {
    private TestSigner() {
    }

    /** Signs in the document's empty signature field, as an incremental update, claiming {@code claimed} as /M. */
    static byte[] sign(byte[] pdf, Pki.Issued who, X509Certificate[] chain, ZonedDateTime claimed,
                       UnaryOperator<byte[]> cms) {
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(PdfSeal.commonName(who.certificate()));
            signature.setSignDate(GregorianCalendar.from(claimed));
            var field = SignatureField.unsigned(doc);
            if (field.isPresent()) {
                field.get().setValue(signature);
            }
            options.setPreferredSignatureSize(32 * 1024);
            doc.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(cms.apply(CmsSignature.sign(external.getContent(), who.keys().getPrivate(), chain)));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CMS signature with an RFC 3161 time-stamp over its value from {@code tsa}, dated {@code at}. */
    static UnaryOperator<byte[]> timestamped(Pki.Issued tsa, Instant at) {
        return encoded -> {
            try {
                CMSSignedData cms = new CMSSignedData(encoded);
                SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
                TimeStampTokenGenerator generator = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                        .build("SHA256withRSA", tsa.keys().getPrivate(), tsa.certificate()),
                        new JcaDigestCalculatorProviderBuilder().build().get(
                                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                        new ASN1ObjectIdentifier("1.2.3.4.1"));
                generator.addCertificates(new JcaCertStore(List.of(tsa.certificate())));
                TimeStampRequestGenerator request = new TimeStampRequestGenerator();
                request.setCertReq(true);
                TimeStampToken token = generator.generate(request.generate(TSPAlgorithms.SHA256,
                        MessageDigest.getInstance("SHA-256").digest(signer.getSignature())),
                        BigInteger.valueOf(System.nanoTime()), Date.from(at));
                ASN1EncodableVector attributes = new ASN1EncodableVector();
                attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                        new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
                SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer,
                        new AttributeTable(attributes));
                return CMSSignedData.replaceSigners(cms, new SignerInformationStore(stamped)).getEncoded("DER");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
