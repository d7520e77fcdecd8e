package vn.dldcaccess.document;

import java.io.IOException;
import java.util.List;

import static vn.dldcaccess.document.PdfLayout.Align;
import static vn.dldcaccess.document.PdfLayout.LEFT;
import static vn.dldcaccess.document.PdfLayout.MM;
import static vn.dldcaccess.document.PdfLayout.RIGHT;

/**
 * Lays out a {@link TitledDocumentData} on portrait pages: the table in the text, its header repeated on every
 * page; the paragraph leading into the table goes with the table's header and first row, the last paragraph with
 * the signatures, so that neither a lead-in nor a signature stands alone at a page's foot or head.
 */
final class TitledLayout {
    static final float TEXT = 14;
    static final float TABLE = 10;

    private TitledLayout() {
    }

    static void render(PdfLayout pdf, TitledDocumentData d) throws IOException {
        PdfBlocks.header(pdf, d.header());
        PdfBlocks.title(pdf, d.kindName(), d.subject());
        AttachedList table = d.table() != null && !d.table().rows().isEmpty() ? d.table() : null;
        List<ListSection> sections = table == null ? List.of() : LetterData.single(table.rows());
        List<String> before = d.before();
        for (int i = 0; i < before.size(); i++) {
            if (i == before.size() - 1 && table != null) {
                keepWithNext(pdf, paragraphHeight(pdf, before.get(i))
                        + pdf.tableStartHeight(table.columns(), table.widths(), sections, TABLE) + 4);
            }
            paragraph(pdf, before.get(i));
        }
        if (table != null) {
            pdf.moveDown(2);
            pdf.table(table.columns(), table.widths(), sections, TABLE);
            pdf.moveDown(3);
            pdf.paragraph(table.totalLine(), pdf.italic, 13, LEFT, RIGHT, Align.LEFT, 0);
            pdf.moveDown(4);
        }
        float signatures = 10 + signaturesHeight(pdf, d);
        List<String> after = d.after();
        if (after.isEmpty()) {
            keepWithNext(pdf, signatures);
        }
        for (int i = 0; i < after.size(); i++) {
            if (i == after.size() - 1) {
                keepWithNext(pdf, paragraphHeight(pdf, after.get(i)) + signatures);
            }
            paragraph(pdf, after.get(i));
        }
        pdf.moveDown(6);
        if (d.signatures().size() == 1) {
            PdfBlocks.copiesAndSigner(pdf, d.copiesTo(), d.signatures().get(0));
        } else {
            // the signatures and "Nơi nhận" under them on one page
            pdf.ensureSpace(signaturesHeight(pdf, d));
            PdfBlocks.pair(pdf, d.signatures().get(0), d.signatures().get(1), true);
            pdf.moveDown(8);
            PdfBlocks.copies(pdf, d.copiesTo());
        }
    }

    private static float signaturesHeight(PdfLayout pdf, TitledDocumentData d) {
        return d.signatures().size() == 1
                ? PdfBlocks.copiesAndSignerHeight(pdf, d.copiesTo(), d.signatures().get(0))
                : PdfBlocks.pairHeight(pdf, d.signatures().get(0), d.signatures().get(1)) + 8
                + PdfBlocks.copiesHeight(pdf, d.copiesTo());
    }

    private static void paragraph(PdfLayout pdf, String p) throws IOException {
        pdf.paragraph(p, pdf.regular, TEXT, LEFT, RIGHT, Align.JUSTIFY, 10 * MM);
        pdf.moveDown(4);
    }

    private static float paragraphHeight(PdfLayout pdf, String p) {
        return pdf.height(p, pdf.regular, TEXT, LEFT, RIGHT, 10 * MM) + 4;
    }

    /** Starts a new page unless {@code height} fits, when it can fit on a fresh page at all. */
    static void keepWithNext(PdfLayout pdf, float height) throws IOException {
        if (height < pdf.top() - PdfLayout.BOTTOM) {
            pdf.ensureSpace(height);
        }
    }
}
