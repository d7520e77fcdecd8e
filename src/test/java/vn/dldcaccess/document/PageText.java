package vn.dldcaccess.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of a page as runs with their place (x from the left, baseline y from the top, in points), and the lines
 * they make: what a reader sees where, for checks on a document's layout. The top margin (page numbers, the draft
 * mark) is left out.
 */
final class PageText {
    /** Where text starts on a page: above it only the page number and the draft mark. */
    static final float TOP = 20 * PdfLayout.MM - 4;

    record Run(String text, float x0, float x1, float y, boolean bold) {
        boolean overlaps(float from, float to) {
            return x1 > from && x0 < to;
        }
    }

    record Line(String text, float y, boolean bold) {
    }

    final List<Run> runs;

    private PageText(List<Run> runs) {
        this.runs = runs;
    }

    static PageText of(PDDocument doc, int page) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                if (first.getYDirAdj() < TOP) {
                    return;
                }
                runs.add(new Run(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getYDirAdj(), first.getFont().getName().contains("Bold")));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return new PageText(runs);
    }

    /** Runs on one baseline (within a point) make a line, left to right; lines top to bottom. */
    List<Line> lines() {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparing(Run::y).thenComparing(Run::x0));
        List<Line> out = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        for (Run r : sorted) {
            if (!current.isEmpty() && Math.abs(r.y() - current.get(0).y()) > 1) {
                out.add(line(current));
                current = new ArrayList<>();
            }
            current.add(r);
        }
        if (!current.isEmpty()) {
            out.add(line(current));
        }
        return out;
    }

    private static Line line(List<Run> runs) {
        runs.sort(Comparator.comparing(Run::x0));
        StringBuilder b = new StringBuilder();
        for (Run r : runs) {
            b.append(b.length() == 0 ? "" : " ").append(r.text());
        }
        return new Line(b.toString(), runs.get(0).y(), runs.stream().allMatch(Run::bold));
    }

    /** The lines of the runs between {@code from} and {@code to} across, and between two baselines. */
    List<Line> linesIn(float xFrom, float xTo, float yFrom, float yTo) {
        List<Run> in = runs.stream().filter(r -> r.overlaps(xFrom, xTo) && r.y() > yFrom && r.y() <= yTo).toList();
        return new PageText(in).lines();
    }
}
