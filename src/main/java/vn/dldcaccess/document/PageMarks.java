package vn.dldcaccess.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;

/** What goes in the top margin once a document is laid out: a word on every page, the numbers of later pages. */
final class PageMarks {
    private PageMarks() {
    }

    /** {@code text} ("DỰ THẢO" on a draft) at {@code x}, {@code fromTop} below the top edge of every page. */
    static void stamp(PDDocument doc, PDType0Font bold, String text, float x, float fromTop) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream mark = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                mark.beginText();
                mark.setFont(bold, 13);
                mark.newLineAtOffset(x, page.getMediaBox().getHeight() - fromTop);
                mark.showText(text);
                mark.endText();
            }
        }
    }

    /** Each page after the first carries its number, centred, {@code fromTop} below its top edge. */
    static void number(PDDocument doc, PDType0Font regular, TextMeasure measure, float fromTop) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int i = 1; i < pages; i++) {
            PDPage page = doc.getPage(i);
            PDRectangle box = page.getMediaBox();
            try (PDPageContentStream numbers = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String n = String.valueOf(i + 1);
                float w = measure.width(n, regular, 12);
                numbers.beginText();
                numbers.setFont(regular, 12);
                numbers.newLineAtOffset((box.getWidth() - w) / 2, box.getHeight() - fromTop);
                numbers.showText(n);
                numbers.endText();
            }
        }
    }
}
