package vn.dldcaccess.document;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static vn.dldcaccess.document.PdfLayout.LEFT;

/**
 * A bordered table of wrapped cells drawn into a {@link PdfLayout}: its header repeated at the top of every page the
 * table reaches, never left alone at a page's foot without its first row; sections titled across the table, each
 * with its subtotal.
 */
final class TableLayout {
    private final PdfLayout pdf;

    TableLayout(PdfLayout pdf) {
        this.pdf = pdf;
    }

    void table(List<String> header, float[] relativeWidths, List<ListSection> sections, float size) throws IOException {
        float[] widths = widths(relativeWidths);
        float pad = 2.5f;
        float leading = size * 1.2f;
        List<List<String>> headerLines = cellLines(header, widths, pdf.bold, size, pad);
        float headerHeight = height(headerLines, leading, pad);
        // the header never stands alone at the foot of a page: it goes with the first row (or title row)
        pdf.ensureSpace(headerHeight + firstRowHeight(sections, widths, size, leading, pad));
        drawRow(headerLines, widths, pdf.bold, size, leading, pad, headerHeight, true);
        float[] full = {pdf.right() - LEFT};
        for (ListSection section : sections) {
            if (section.title() != null) {
                spanRow(section.title(), full, widths, headerLines, headerHeight, size, leading, pad);
            }
            for (List<String> row : section.rows()) {
                List<List<String>> lines = cellLines(row, widths, pdf.regular, size, pad);
                float h = height(lines, leading, pad);
                if (pdf.ensureSpace(h)) {
                    drawRow(headerLines, widths, pdf.bold, size, leading, pad, headerHeight, true);
                }
                drawRow(lines, widths, pdf.regular, size, leading, pad, h, false);
            }
            if (section.title() != null) {
                spanRow("Cộng: " + section.rows().size() + " người", full, widths, headerLines, headerHeight, size,
                        leading, pad);
            }
        }
    }

    float startHeight(List<String> header, float[] relativeWidths, List<ListSection> sections, float size) {
        float[] widths = widths(relativeWidths);
        float pad = 2.5f;
        float leading = size * 1.2f;
        return height(cellLines(header, widths, pdf.bold, size, pad), leading, pad)
                + firstRowHeight(sections, widths, size, leading, pad);
    }

    private float[] widths(float[] relativeWidths) {
        float total = 0;
        for (float w : relativeWidths) {
            total += w;
        }
        float[] widths = new float[relativeWidths.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = relativeWidths[i] / total * (pdf.right() - LEFT);
        }
        return widths;
    }

    private float firstRowHeight(List<ListSection> sections, float[] widths, float size, float leading, float pad) {
        for (ListSection s : sections) {
            float title = s.title() == null ? 0
                    : height(cellLines(List.of(s.title()), new float[]{pdf.right() - LEFT}, pdf.bold, size, pad), leading, pad);
            if (!s.rows().isEmpty()) {
                return title + height(cellLines(s.rows().get(0), widths, pdf.regular, size, pad), leading, pad);
            }
            if (title > 0) {
                return title;
            }
        }
        return leading + 2 * pad;
    }

    /** A pdf.bold row across the whole table: a section's title or subtotal. */
    private void spanRow(String text, float[] full, float[] widths, List<List<String>> headerLines,
                         float headerHeight, float size, float leading, float pad) throws IOException {
        List<List<String>> lines = cellLines(List.of(text), full, pdf.bold, size, pad);
        float h = height(lines, leading, pad);
        // a title never sits alone at the foot of a page: keep room for it and one row
        if (pdf.ensureSpace(h + leading * 2 + pad * 2)) {
            drawRow(headerLines, widths, pdf.bold, size, leading, pad, headerHeight, true);
        }
        drawRow(lines, full, pdf.bold, size, leading, pad, h, false);
    }

    private List<List<String>> cellLines(List<String> cells, float[] widths, PDType0Font font, float size,
                                                float pad) {
        List<List<String>> out = new ArrayList<>(cells.size());
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            out.add(pdf.wrap(cell, font, size, widths[i] - 2 * pad));
        }
        return out;
    }

    private static float height(List<List<String>> lines, float leading, float pad) {
        int max = 1;
        for (List<String> l : lines) {
            max = Math.max(max, l.size());
        }
        return max * leading + 2 * pad + 1;
    }

    private void drawRow(List<List<String>> lines, float[] widths, PDType0Font font, float size, float leading,
                         float pad, float h, boolean center) throws IOException {
        float x = LEFT;
        for (float w : widths) {
            pdf.rect(x, pdf.y() - h, w, h);
            x += w;
        }
        PDPageContentStream cs = pdf.content();
        // One text object per row: selecting the font and opening BT/ET once per line was a third of the time.
        cs.beginText();
        cs.setFont(font, size);
        float lastX = 0;
        float lastY = 0;
        x = LEFT;
        for (int i = 0; i < widths.length; i++) {
            float baseline = pdf.y() - pad - size;
            for (String l : lines.get(i)) {
                if (!l.isEmpty()) {
                    float lx = center ? x + (widths[i] - pdf.width(l, font, size)) / 2 : x + pad;
                    cs.newLineAtOffset(lx - lastX, baseline - lastY);
                    lastX = lx;
                    lastY = baseline;
                    cs.showText(l);
                }
                baseline -= leading;
            }
            x += widths[i];
        }
        cs.endText();
        pdf.rowDrawn(h);
    }

}
