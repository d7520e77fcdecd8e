package vn.dldcaccess.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static vn.dldcaccess.document.PdfLayout.Align;
import static vn.dldcaccess.document.PdfLayout.LEFT;
import static vn.dldcaccess.document.PdfLayout.MM;
import static vn.dldcaccess.document.PdfLayout.RIGHT;

/**
 * A giấy ủy quyền: its name and trích yếu, what it rests on, five sections, the parties' signatures and the
 * approval. A section's heading never stands alone at a page's foot: it goes with its first line (issue 21), as the
 * last line goes with the signatures.
 */
final class AuthorizationLayout {
    private static final float SIZE = 13;
    private static final float INDENT = 6 * MM;

    private AuthorizationLayout() {
    }

    static void render(PdfLayout pdf, AuthorizationLetterData data) throws IOException {
        PdfBlocks.header(pdf, data.header());
        DocumentTexts.Texts t = data.texts();
        PdfBlocks.title(pdf, t.line("tieu-de"), t.line("trich-yeu"));
        for (String p : t.paragraphs("can-cu")) {
            pdf.paragraph(p, pdf.italic, SIZE, LEFT, RIGHT, Align.JUSTIFY, 10 * MM);
        }
        section(pdf, t.line("muc-nguoi-uy-quyen"), lines(data.holder(), null), 0);
        section(pdf, t.line("muc-nguoi-duoc-uy-quyen"), lines(data.delegate(), null), 0);
        section(pdf, t.line("muc-noi-dung"), lines(data.content(), null), 0);
        section(pdf, t.line("muc-trach-nhiem-nguoi-uy-quyen"), lines(List.of(), data.holderDuties()), 0);
        // the parties' signatures and the unit head's approval go with the last duty, never alone
        float signatures = 10 + PdfBlocks.pairHeight(pdf, data.delegateSignature(), data.holderSignature())
                + 6 + PdfBlocks.singleHeight(pdf, data.approval());
        section(pdf, t.line("muc-trach-nhiem-nguoi-duoc-uy-quyen"), lines(List.of(), data.delegateDuties()), signatures);
        pdf.moveDown(10);
        PdfBlocks.pair(pdf, data.delegateSignature(), data.holderSignature());
        pdf.moveDown(6);
        PdfBlocks.single(pdf, data.approval());
    }

    private static List<String> lines(List<LabeledValue> fields, List<String> items) {
        List<String> out = new ArrayList<>();
        fields.forEach(f -> out.add("- " + f.label() + ": " + f.value()));
        if (items != null) {
            items.forEach(i -> out.add("- " + i));
        }
        return out;
    }

    /** @param keepWithLast height of what follows, kept on one page with the section's last line */
    private static void section(PdfLayout pdf, String title, List<String> lines, float keepWithLast) throws IOException {
        pdf.moveDown(4);
        float heading = pdf.height(title, pdf.bold, SIZE, LEFT, RIGHT, 0);
        float first = lines.isEmpty() ? 0 : lineHeight(pdf, lines.get(0));
        TitledLayout.keepWithNext(pdf, 4 + heading + first + (lines.size() <= 1 ? keepWithLast : 0));
        pdf.paragraph(title, pdf.bold, SIZE, LEFT, RIGHT, Align.LEFT, 0);
        for (int i = 0; i < lines.size(); i++) {
            if (i == lines.size() - 1 && keepWithLast > 0) {
                TitledLayout.keepWithNext(pdf, lineHeight(pdf, lines.get(i)) + keepWithLast);
            }
            pdf.paragraph(lines.get(i), pdf.regular, SIZE, LEFT + INDENT, RIGHT, Align.JUSTIFY, 0);
        }
    }

    private static float lineHeight(PdfLayout pdf, String line) {
        return pdf.height(line, pdf.regular, SIZE, LEFT + INDENT, RIGHT, 0);
    }
}
