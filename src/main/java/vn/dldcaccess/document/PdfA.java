package vn.dldcaccess.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

/**
 * Makes a rendered document PDF/A-3b (ISO 19005-3, level B): fonts are embedded already (FontSet); this adds
 * the XMP metadata matching the document information, an sRGB output intent, and the data attachment
 * ({@code /AF}, relationship "Data").
 */
final class PdfA {
    static final String PRODUCER = "dldc-access (Apache PDFBox)";
    static final String ATTACHMENT = "du-lieu-van-ban.json";
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    static void conform(PDDocument doc, DocumentMeta meta) throws IOException {
        doc.setVersion(1.7f);
        // seconds only: the information dictionary cannot hold more, and both places must say the same
        Calendar now = GregorianCalendar.from(Instant.now().truncatedTo(ChronoUnit.SECONDS).atZone(VN));
        now.setTimeZone(TimeZone.getTimeZone(VN));
        String description = meta.number() == null ? null
                : "Số " + meta.number() + (meta.date() == null ? "" : ", ngày " + PdfDocuments.dmy(meta.date()));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(meta.title());
        info.setAuthor(meta.issuer());
        info.setSubject(description);
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        info.setCreationDate(now);
        info.setModificationDate(now);

        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setMetadata(xmp(doc, meta, description, now));
        if (catalog.getOutputIntents().isEmpty()) {
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(SRGB));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }
        attach(doc, catalog, meta.json(), now);
    }

    private static PDMetadata xmp(PDDocument doc, DocumentMeta meta, String description, Calendar now)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(meta.title());
        dc.addCreator(meta.issuer());
        dc.setFormat("application/pdf");
        if (description != null) {
            dc.setDescription(description);
            dc.setIdentifier(meta.number());
        }
        if (meta.date() != null) {
            dc.addDate(GregorianCalendar.from(meta.date().atStartOfDay(VN)));
        }
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(now);
        basic.setModifyDate(now);
        basic.setCreatorTool(PRODUCER);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        try {
            id.setPart(3);
            id.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(out.toByteArray());
        return metadata;
    }

    private static void attach(PDDocument doc, PDDocumentCatalog catalog, byte[] json, Calendar now)
            throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(json));
        file.setSubtype("application/json");
        file.setSize(json.length);
        file.setCreationDate(now);
        file.setModDate(now);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(ATTACHMENT);
        spec.setFileUnicode(ATTACHMENT);
        spec.setFileDescription("Dữ liệu của văn bản (JSON)");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(ATTACHMENT, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray af = new COSArray();
        af.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }
}
