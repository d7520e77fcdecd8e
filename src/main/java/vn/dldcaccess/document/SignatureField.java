package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.util.Optional;

/**
 * The empty signature field every issued document carries in its signature block: the agency's seal is put
 * into it, and a signer's own tool (VGCA Sign and the like) finds it there.
 */
final class SignatureField {
    static final String NAME = "ChuKySo";

    private SignatureField() {
    }

    static void addEmpty(PDDocument doc, PDPage page, PDRectangle rect) throws IOException {
        PDAcroForm form = new PDAcroForm(doc);
        form.setDefaultResources(new PDResources());
        doc.getDocumentCatalog().setAcroForm(form);
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(NAME);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        // PDF/A: every widget has a normal appearance, here an empty one until it is signed
        PDAppearanceStream blank = new PDAppearanceStream(doc);
        blank.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
        blank.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(blank);
        widget.setAppearance(appearance);
        form.getFields().add(field);
        page.getAnnotations().add(widget);
    }

    /** The document's own field, if it is still unsigned. */
    static Optional<PDSignatureField> unsigned(PDDocument doc) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return Optional.empty();
        }
        PDField field = form.getField(NAME);
        return field instanceof PDSignatureField s && s.getValue() == null
                && s.getCOSObject().getDictionaryObject(COSName.V) == null ? Optional.of(s) : Optional.empty();
    }
}
