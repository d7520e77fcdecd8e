package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of document as issued ({@link IssuedDocuments}: from its template, numbered, signed in its capacity and
 * sealed), every page an image in target/document-images/ ("giay-uy-quyen-2.png" is its second page) for a person
 * to read before a change to a document is done; the first page's text checked against its data.
 */
class DocumentImagesTest {
    static final Path OUT = Path.of("target", "document-images");
    final IssuedDocuments issue = new IssuedDocuments();

    static OfficialHeader header(String issuer, String number, String subject) {
        return new OfficialHeader("UBND TỈNH AN GIANG", issuer, number, subject, "An Giang", java.time.LocalDate.of(2026, 12, 1));
    }

    static String image(String name, byte[] bytes) throws Exception {
        Files.createDirectories(OUT);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                ImageIO.write(renderer.renderImageWithDPI(p, 90), "png",
                        OUT.resolve(name + (p == 0 ? "" : "-" + (p + 1)) + ".png").toFile());
            }
            return PdfDocumentsTest.text(doc, 1);
        }
    }

    @Test
    void everyKindOfDocumentAsPageImages() throws Exception {
        for (IssuedDocuments.Issued d : issue.everyKind()) {
            String first = image(d.kind(), d.pdf());
            assertThat(first).as(d.kind()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        }
        // longer ones: a biên bản over pages, signed beside the office; the seal's frame with the demo marker
        image("bien-ban-ra-soat-dai", issue.reviewReport(40, IssuedDocuments.OFFICE_CLERK, true, 6).pdf());
        image("giay-uy-quyen-dai", issue.authorization(9).pdf());
        image("thong-bao-dong-tai-khoan-chuyen-vien", issue.closureNotice(5, IssuedDocuments.OFFICE_CLERK, true).pdf());
    }
}
