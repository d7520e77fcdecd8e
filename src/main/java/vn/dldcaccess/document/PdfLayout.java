package vn.dldcaccess.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A minimal flow layout on A4 with the margins of Decree 30/2020: top and bottom 20 mm, left 30 mm,
 * right 15 mm. Pages after the first carry their number at the top centre.
 */
final class PdfLayout implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 30 * MM;
    static final float RIGHT = PAGE_WIDTH - 15 * MM;
    static final float TOP = PAGE_HEIGHT - 20 * MM;
    static final float BOTTOM = 20 * MM;

    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    final PDType0Font regular;
    final PDType0Font bold;
    final PDType0Font italic;
    private final PDDocument doc = new PDDocument();
    private final FontSet fonts;
    private final TextMeasure measure;
    private PDPageContentStream cs;
    private float y;
    private boolean landscape;
    private final long started = System.nanoTime();
    private String stamp;
    private PDRectangle signatureRect;
    private PDPage signaturePage;

    PdfLayout() throws IOException {
        this(false);
    }

    /** @param landscape whether the first page is turned (the rest follow {@link #newPage(boolean)}) */
    PdfLayout(boolean landscape) throws IOException {
        this.landscape = landscape;
        fonts = FontSet.borrow();
        PDType0Font[] loaded = fonts.loadInto(doc);
        regular = loaded[0];
        bold = loaded[1];
        italic = loaded[2];
        measure = new TextMeasure(fonts, regular, bold);
        newPage();
    }

    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    void newPage() throws IOException {
        newPage(landscape);
    }

    /** Lists of many columns go on landscape pages (as annexes do); the margins turn with the page. */
    void newPage(boolean turned) throws IOException {
        if (cs != null) {
            cs.close();
        }
        landscape = turned;
        PDPage page = new PDPage(turned ? new PDRectangle(PAGE_HEIGHT, PAGE_WIDTH) : PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = top();
    }

    float right() {
        return landscape ? PAGE_HEIGHT - 15 * MM : RIGHT;
    }

    float top() {
        return landscape ? PAGE_WIDTH - 20 * MM : TOP;
    }

    /** Starts a new page unless {@code height} still fits; returns whether it did. */
    boolean ensureSpace(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
            return true;
        }
        return false;
    }

    float width(String text, PDType0Font font, float size) {
        return measure.width(text, font, size);
    }

    /** Greedy word wrap; a word wider than the line is cut by characters ({@link LineBreaks}). */
    List<String> wrap(String text, PDType0Font font, float size, float maxWidth) {
        return measure.wrap(text, font, size, maxWidth);
    }

    /** Draws text already made showable by {@link #wrap}. */
    private void text(String text, PDType0Font font, float size, float x, float baseline) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    /** Draws one wrapped line within [x0, x1]. */
    private void line(String text, PDType0Font font, float size, float x0, float x1, float baseline, Align align)
            throws IOException {
        float w = width(text, font, size);
        float x = switch (align) {
            case CENTER -> x0 + (x1 - x0 - w) / 2;
            case RIGHT -> x1 - w;
            default -> x0;
        };
        text(text, font, size, x, baseline);
    }

    /** Flows a paragraph from the cursor between x0 and x1, breaking pages as needed. */
    void paragraph(String text, PDType0Font font, float size, float x0, float x1, Align align, float firstIndent)
            throws IOException {
        float leading = size * 1.25f;
        List<String> lines = wrap(text, font, size, x1 - x0 - firstIndent);
        boolean first = true;
        for (String l : lines) {
            ensureSpace(leading);
            y -= leading;
            float start = first ? x0 + firstIndent : x0;
            if (align == Align.JUSTIFY && l != lines.get(lines.size() - 1) && l.contains(" ")) {
                justified(l, font, size, start, x1, y);
            } else {
                line(l, font, size, start, x1, y, align == Align.JUSTIFY ? Align.LEFT : align);
            }
            first = false;
        }
    }

    /** The height {@link #paragraph} would take, for keeping blocks together. */
    float height(String text, PDType0Font font, float size, float x0, float x1, float firstIndent) {
        return measure.height(text, font, size, x0, x1, firstIndent);
    }

    /**
     * A centred title in as few lines as greedy wrapping needs, but with those lines as even as words allow:
     * the narrowest width that still gives that many lines (so no lone word on the last line).
     */
    void balanced(String text, PDType0Font font, float size, float x0, float x1) throws IOException {
        List<String> lines = balancedLines(text, font, size, x1 - x0);
        float leading = size * 1.25f;
        for (String l : lines) {
            ensureSpace(leading);
            y -= leading;
            line(l, font, size, x0, x1, y, Align.CENTER);
        }
    }

    List<String> balancedLines(String text, PDType0Font font, float size, float maxWidth) {
        return measure.balancedLines(text, font, size, maxWidth);
    }

    private void justified(String l, PDType0Font font, float size, float x0, float x1, float baseline)
            throws IOException {
        String[] words = l.split(" ");
        float total = 0;
        for (String w : words) {
            total += width(w, font, size);
        }
        float gap = (x1 - x0 - total) / (words.length - 1);
        float x = x0;
        for (String w : words) {
            text(w, font, size, x, baseline);
            x += width(w, font, size) + gap;
        }
    }

    void hline(float x0, float x1, float atY, float lineWidth) throws IOException {
        cs.setLineWidth(lineWidth);
        cs.moveTo(x0, atY);
        cs.lineTo(x1, atY);
        cs.stroke();
    }

    /** A ticked box (a commitment marked on the form) whose bottom sits on {@code baseline}, {@code side} wide. */
    void tickedBox(float x, float baseline, float side) throws IOException {
        rect(x, baseline - 1, side, side);
        cs.setLineWidth(1.1f);
        cs.moveTo(x + side * 0.2f, baseline - 1 + side * 0.5f);
        cs.lineTo(x + side * 0.42f, baseline - 1 + side * 0.22f);
        cs.lineTo(x + side * 0.82f, baseline - 1 + side * 0.85f);
        cs.stroke();
    }

    void rect(float x, float yBottom, float w, float h) throws IOException {
        cs.setLineWidth(0.5f);
        cs.addRect(x, yBottom, w, h);
        cs.stroke();
    }

    /**
     * A bordered table of wrapped cells; the header row is repeated at the top of every page the table
     * reaches ({@link TableLayout}).
     */
    void table(List<String> header, float[] relativeWidths, List<ListSection> sections, float size) throws IOException {
        new TableLayout(this).table(header, relativeWidths, sections, size);
    }

    /** The height the table's header and first row take: what must fit where the table starts. */
    float tableStartHeight(List<String> header, float[] relativeWidths, List<ListSection> sections, float size) {
        return new TableLayout(this).startHeight(header, relativeWidths, sections, size);
    }

    /** The page being drawn (for {@link TableLayout}, which draws a row in one text object). */
    PDPageContentStream content() {
        return cs;
    }

    /** Moves the cursor down by a drawn row. */
    void rowDrawn(float h) {
        y -= h;
    }

    /** Where the issuing signature goes (between its title and the name): an empty signature field is put there. */
    void signatureSpace(float x0, float x1, float yTop, float yBottom) {
        signatureRect = new PDRectangle(x0, yBottom, x1 - x0, yTop - yBottom);
        signaturePage = doc.getPage(doc.getNumberOfPages() - 1);
    }

    /** A word printed in the top margin of every page ("DỰ THẢO" on a draft), outside the text. */
    void stamp(String text) {
        this.stamp = text;
    }

    /**
     * Numbers the pages, stamps a draft, makes the file PDF/A-3b with its metadata and data attachment.
     *
     * @param document what was rendered, for the render-time figure (Prometheus: dldc_pdf_render_seconds)
     */
    byte[] finish(String document, DocumentMeta meta) throws IOException {
        cs.close();
        cs = null;
        if (stamp != null) {
            PageMarks.stamp(doc, bold, stamp, LEFT, 12 * MM);
        }
        PageMarks.number(doc, regular, measure, 12 * MM);
        if (signatureRect != null) {
            SignatureField.addEmpty(doc, signaturePage, signatureRect);
        }
        PdfA.conform(doc, meta);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        // Content streams are Flate-compressed as written; packing objects into object streams as well cost
        // a third of the save for a few per cent of size.
        doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        // the global registry: Spring Boot adds its registries to it, and plain uses (tests, benchmark) cost nothing
        io.micrometer.core.instrument.Metrics.timer("dldc.pdf.render", "document", document)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        try {
            if (cs != null) {
                cs.close();
            }
            doc.close();
        } finally {
            FontSet.giveBack(fonts);
        }
    }
}
