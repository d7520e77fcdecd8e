package vn.dldcaccess.document;

import java.io.IOException;
import java.util.List;

import static vn.dldcaccess.document.PdfLayout.Align;
import static vn.dldcaccess.document.PdfLayout.LEFT;
import static vn.dldcaccess.document.PdfLayout.MM;
import static vn.dldcaccess.document.PdfLayout.RIGHT;

/**
 * Form 1658 filled in: its fields numbered as the web form numbers them, each commitment a ticked box and its number
 * ("13.1."), the signatures of the applicant and of the unit head who confirmed it.
 */
final class FormLayout {
    private static final float SIZE = 13;
    private static final float INDENT = 6 * MM;
    private static final float BOX = 8.5f;

    private FormLayout() {
    }

    static void render(PdfLayout pdf, RegistrationFormData data) throws IOException {
        PdfBlocks.header(pdf, data.header());
        pdf.moveDown(14);
        pdf.balanced(data.title(), pdf.bold, 14, LEFT, RIGHT);
        pdf.balanced(data.subtitle(), pdf.italic, 12, LEFT + 10 * MM, RIGHT - 10 * MM);
        pdf.paragraph("Số phiếu: " + data.requestNumber(), pdf.regular, 12, LEFT, RIGHT, Align.CENTER, 0);
        pdf.moveDown(8);
        fields(pdf, data.fields());
        SignatureBlock unitHead = data.confirmedOn() == null
                ? SignatureBlock.draft("XÁC NHẬN CỦA LÃNH ĐẠO ĐƠN VỊ", "")
                : SignatureBlock.confirmedOnSystem("XÁC NHẬN CỦA LÃNH ĐẠO ĐƠN VỊ", data.unitHeadName(), data.confirmedOn());
        SignatureBlock applicant = new SignatureBlock("NGƯỜI ĐĂNG KÝ", "(Đã đăng ký trên hệ thống)", data.applicantName());
        float signatures = 10 + PdfBlocks.pairHeight(pdf, unitHead, applicant);
        pdf.moveDown(4);
        String heading = data.commitmentsNumber() + ". Cam kết của người đăng ký:";
        List<String> commitments = data.commitments();
        float headingHeight = pdf.height(heading, pdf.bold, SIZE, LEFT, RIGHT, 0);
        // the heading goes with its first commitment (and, with nothing after them, the signatures with the last)
        TitledLayout.keepWithNext(pdf, headingHeight + (commitments.isEmpty() ? 0 : commitmentHeight(pdf,
                commitmentText(data, 0))) + (commitments.size() <= 1 && data.fieldsAfter().isEmpty() ? signatures : 0));
        pdf.paragraph(heading, pdf.bold, SIZE, LEFT, RIGHT, Align.LEFT, 0);
        for (int i = 0; i < commitments.size(); i++) {
            String c = commitmentText(data, i);
            if (i == commitments.size() - 1 && data.fieldsAfter().isEmpty()) {
                TitledLayout.keepWithNext(pdf, commitmentHeight(pdf, c) + signatures);
            }
            commitment(pdf, c);
        }
        List<FormField> after = data.fieldsAfter();
        for (int i = 0; i < after.size(); i++) {
            if (i == after.size() - 1) {
                TitledLayout.keepWithNext(pdf, fieldHeight(pdf, after.get(i)) + signatures);
            }
            field(pdf, after.get(i));
        }
        pdf.moveDown(10);
        PdfBlocks.pair(pdf, unitHead, applicant);
    }

    private static String commitmentText(RegistrationFormData data, int i) {
        return data.commitmentsNumber() + "." + (i + 1) + ". " + data.commitments().get(i);
    }

    private static void fields(PdfLayout pdf, List<FormField> fields) throws IOException {
        for (FormField f : fields) {
            field(pdf, f);
        }
    }

    private static String text(FormField f) {
        return (f.number().isEmpty() ? "" : f.number() + ". ") + f.label() + ": " + f.value();
    }

    private static void field(PdfLayout pdf, FormField f) throws IOException {
        pdf.paragraph(text(f), pdf.regular, SIZE, f.number().isEmpty() ? LEFT + INDENT : LEFT, RIGHT, Align.JUSTIFY, 0);
    }

    private static float fieldHeight(PdfLayout pdf, FormField f) {
        return pdf.height(text(f), pdf.regular, SIZE, f.number().isEmpty() ? LEFT + INDENT : LEFT, RIGHT, 0);
    }

    private static float commitmentHeight(PdfLayout pdf, String c) {
        return pdf.height(c, pdf.regular, SIZE, LEFT + INDENT + BOX + 4, RIGHT, 0);
    }

    /** A ticked box on the commitment's first line, its text beside the box. */
    private static void commitment(PdfLayout pdf, String c) throws IOException {
        float leading = SIZE * 1.25f;
        pdf.ensureSpace(leading);
        pdf.tickedBox(LEFT + INDENT, pdf.y() - leading, BOX);
        pdf.paragraph(c, pdf.regular, SIZE, LEFT + INDENT + BOX + 4, RIGHT, Align.JUSTIFY, 0);
    }
}
