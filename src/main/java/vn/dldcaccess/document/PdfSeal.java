package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;

/**
 * Signs an issued PDF with a key (an agency's seal) as an incremental update (PAdES B-B, ETSI.CAdES.detached),
 * visibly in the document's own signature field: what was issued stays byte for byte the first revision.
 */
final class PdfSeal {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private PdfSeal() {
    }

    static byte[] seal(byte[] pdf, PrivateKey key, X509Certificate[] chain, String place, ZonedDateTime at) {
        X509Certificate cert = chain[0];
        String signer = commonName(cert);
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signer);
            signature.setLocation(place);
            signature.setReason("Văn bản do cơ quan phát hành, ký số bằng chứng thư số của cơ quan");
            signature.setSignDate(GregorianCalendar.from(at));
            Optional<PDSignatureField> field = SignatureField.unsigned(doc);
            PDAnnotationWidget widget = null;
            PDRectangle rect = null;
            if (field.isPresent()) {
                field.get().setValue(signature);
                widget = field.get().getWidgets().get(0);
                rect = widget.getRectangle();
            }
            options.setPreferredSignatureSize(16 * 1024);
            doc.addSignature(signature, options);
            if (widget != null) {
                // addSignature makes a field it did not draw invisible: give ours back its place and the seal
                widget.setRectangle(rect);
                widget.setAppearance(SealAppearance.draw(doc, rect, List.of("Ký số: " + signer,
                        "Thời gian: " + WHEN.format(at) + " (GMT+7)",
                        "Số sê-ri: " + cert.getSerialNumber().toString(16).toUpperCase())));
                widget.getCOSObject().setNeedToBeUpdated(true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 24 * 1024);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(CmsSignature.sign(external.getContent(), key, chain));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot seal the document", e);
        }
    }

    static String commonName(X509Certificate cert) {
        X500Name name = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? name.toString() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }
}
