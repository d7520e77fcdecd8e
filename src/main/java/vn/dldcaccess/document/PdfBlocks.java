package vn.dldcaccess.document;

import java.io.IOException;
import java.util.List;

import static vn.dldcaccess.document.PdfLayout.Align;
import static vn.dldcaccess.document.PdfLayout.LEFT;
import static vn.dldcaccess.document.PdfLayout.MM;
import static vn.dldcaccess.document.PdfLayout.RIGHT;

/**
 * The blocks every official document shares (Decree 30/2020): the two-column header, "Nơi nhận" beside the
 * signature, two signatures side by side. Each block can tell its height first, so that the paragraph before
 * it can go to the next page with it: a signature never stands alone on a page.
 */
final class PdfBlocks {
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    /**
     * Room between the note and the name: the seal's frame is this less 8 pt, and holds its four lines (the agency's
     * name, the demo marker, the time, the serial) at 8.5 pt.
     */
    private static final float NAME_GAP_NOTED = 56;
    private static final float NAME_GAP_BLANK = 58;

    private PdfBlocks() {
    }

    /** Two columns: issuer on the left, national name and motto on the right, place and date below. */
    static void header(PdfLayout pdf, OfficialHeader h) throws IOException {
        float mid = LEFT + (RIGHT - LEFT) * 0.42f;
        float top = pdf.y();
        // agency names break at word boundaries into lines of even length ("SỞ THÔNG TIN / VÀ TRUYỀN THÔNG")
        pdf.balanced(h.parentBody().toUpperCase(), pdf.regular, 12, LEFT, mid);
        pdf.balanced(h.issuer().toUpperCase(), pdf.bold, 12, LEFT, mid);
        float cx = (LEFT + mid) / 2;
        pdf.hline(cx - 15 * MM, cx + 15 * MM, pdf.y() - 3, 0.6f);
        pdf.moveDown(8);
        if (h.numberLine() != null) {
            pdf.paragraph(h.numberLine(), pdf.regular, 13, LEFT, mid, Align.CENTER, 0);
        }
        if (h.subject() != null) {
            pdf.balanced(h.subject(), pdf.regular, 12, LEFT, mid);
        }
        float leftBottom = pdf.y();
        pdf.moveDown(pdf.y() - top);
        pdf.paragraph(NATION, pdf.bold, 12, mid, RIGHT, Align.CENTER, 0);
        pdf.paragraph(MOTTO, pdf.bold, 13, mid, RIGHT, Align.CENTER, 0);
        float mottoWidth = pdf.width(MOTTO, pdf.bold, 13);
        float rc = (mid + RIGHT) / 2;
        pdf.hline(rc - mottoWidth / 2, rc + mottoWidth / 2, pdf.y() - 3, 0.6f);
        pdf.moveDown(10);
        // a biên bản has none: its time and place are in its text (Decree 30, Phụ lục III)
        if (h.placeName() != null) {
            pdf.paragraph(PdfDocuments.placeAndDate(h.placeName(), h.date()), pdf.italic, 13, mid, RIGHT, Align.CENTER, 0);
        }
        pdf.moveDown(Math.max(0, pdf.y() - leftBottom));
    }

    /**
     * The kind's name and the trích yếu under it, as a document with a name of its own has them (Decree 30,
     * Phụ lục I: the name upper case, bold; the trích yếu bold, centred, lines as even as words allow, a short
     * rule under it).
     */
    static void title(PdfLayout pdf, String kindName, String subject) throws IOException {
        pdf.moveDown(16);
        pdf.balanced(kindName.toUpperCase(java.util.Locale.forLanguageTag("vi")), pdf.bold, 14, LEFT, RIGHT);
        if (subject != null && !subject.isBlank()) {
            float x0 = LEFT + 10 * MM;
            float x1 = RIGHT - 10 * MM;
            float widest = 0;
            for (String l : pdf.balancedLines(subject, pdf.bold, 14, x1 - x0)) {
                widest = Math.max(widest, pdf.width(l, pdf.bold, 14));
            }
            pdf.balanced(subject, pdf.bold, 14, x0, x1);
            float c = (LEFT + RIGHT) / 2;
            float half = Math.max(widest, 60) / 6;
            pdf.hline(c - half, c + half, pdf.y() - 9, 0.6f);
            pdf.moveDown(12);
        }
        pdf.moveDown(8);
    }

    static float copiesHeight(PdfLayout pdf, List<String> copiesTo) {
        float mid = LEFT + (RIGHT - LEFT) * 0.5f;
        float h = pdf.height("Nơi nhận:", pdf.bold, 12, LEFT, mid, 0);
        for (String c : copiesTo) {
            h += pdf.height("- " + c, pdf.regular, 11, LEFT, mid, 0);
        }
        return h;
    }

    /** "Nơi nhận" on its own, under signatures side by side. */
    static void copies(PdfLayout pdf, List<String> copiesTo) throws IOException {
        pdf.ensureSpace(copiesHeight(pdf, copiesTo));
        float mid = LEFT + (RIGHT - LEFT) * 0.5f;
        pdf.paragraph("Nơi nhận:", pdf.bold, 12, LEFT, mid, Align.LEFT, 0);
        for (String c : copiesTo) {
            pdf.paragraph("- " + c, pdf.regular, 11, LEFT, mid, Align.LEFT, 0);
        }
    }

    static float copiesAndSignerHeight(PdfLayout pdf, List<String> copiesTo, SignatureBlock signature) {
        float mid = LEFT + (RIGHT - LEFT) * 0.5f;
        return Math.max(copiesHeight(pdf, copiesTo), signatureHeight(pdf, signature, mid, RIGHT, 13));
    }

    /** "Nơi nhận" on the left, the signature on the right; call {@link #copiesAndSignerHeight} first to keep it whole. */
    static void copiesAndSigner(PdfLayout pdf, List<String> copiesTo, SignatureBlock signature) throws IOException {
        pdf.ensureSpace(copiesAndSignerHeight(pdf, copiesTo, signature));
        float mid = LEFT + (RIGHT - LEFT) * 0.5f;
        float top = pdf.y();
        pdf.paragraph("Nơi nhận:", pdf.bold, 12, LEFT, mid, Align.LEFT, 0);
        for (String c : copiesTo) {
            pdf.paragraph("- " + c, pdf.regular, 11, LEFT, mid, Align.LEFT, 0);
        }
        float leftBottom = pdf.y();
        pdf.moveDown(pdf.y() - top);
        signature(pdf, signature, mid, RIGHT, 13, true);
        pdf.moveDown(Math.max(0, pdf.y() - leftBottom));
    }

    static float pairHeight(PdfLayout pdf, SignatureBlock left, SignatureBlock right) {
        float mid = LEFT + (RIGHT - LEFT) * 0.5f;
        float head = Math.max(headHeight(pdf, left, LEFT, mid, 12), headHeight(pdf, right, mid, RIGHT, 12));
        return head + Math.max(signatureHeight(pdf, left, LEFT, mid, 12) - headHeight(pdf, left, LEFT, mid, 12),
                signatureHeight(pdf, right, mid, RIGHT, 12) - headHeight(pdf, right, mid, RIGHT, 12));
    }

    /** Two signatures side by side (the parties of a form or a giấy ủy quyền). */
    static void pair(PdfLayout pdf, SignatureBlock left, SignatureBlock right) throws IOException {
        pair(pdf, left, right, false);
    }

    /** @param rightIssues whether the right one issues the document (a biên bản's chủ trì): its blank is the field */
    static void pair(PdfLayout pdf, SignatureBlock left, SignatureBlock right, boolean rightIssues) throws IOException {
        pdf.ensureSpace(pairHeight(pdf, left, right));
        float mid = LEFT + (RIGHT - LEFT) * 0.5f;
        // the names side by side on one line, whichever title or note runs longer
        float head = Math.max(headHeight(pdf, left, LEFT, mid, 12), headHeight(pdf, right, mid, RIGHT, 12));
        float top = pdf.y();
        signature(pdf, left, LEFT, mid, 12, false, head);
        float leftBottom = pdf.y();
        pdf.moveDown(pdf.y() - top);
        signature(pdf, right, mid, RIGHT, 12, rightIssues, head);
        pdf.moveDown(Math.max(0, pdf.y() - leftBottom));
    }

    static float singleHeight(PdfLayout pdf, SignatureBlock s) {
        return signatureHeight(pdf, s, LEFT, RIGHT, 12);
    }

    /** One signature across the page (the approval under a giấy ủy quyền): the one that issues it. */
    static void single(PdfLayout pdf, SignatureBlock s) throws IOException {
        pdf.ensureSpace(singleHeight(pdf, s));
        signature(pdf, s, LEFT, RIGHT, 12, true);
    }

    /** The capacity and title lines and the note: what stands above the blank for the signature. */
    private static float headHeight(PdfLayout pdf, SignatureBlock s, float x0, float x1, float titleSize) {
        float h = 0;
        for (String line : s.title().split("\n")) {
            h += pdf.height(line.toUpperCase(), pdf.bold, titleSize, x0, x1, 0);
        }
        if (s.note() != null) {
            h += pdf.height(s.note(), pdf.italic, 12, x0, x1, 0);
        }
        return h;
    }

    private static float signatureHeight(PdfLayout pdf, SignatureBlock s, float x0, float x1, float titleSize) {
        return headHeight(pdf, s, x0, x1, titleSize) + (s.note() == null ? NAME_GAP_BLANK : NAME_GAP_NOTED)
                + pdf.height(s.name(), pdf.bold, 13, x0, x1, 0);
    }

    /** @param issuing the signature that issues the document: its blank becomes the digital signature's field */
    private static void signature(PdfLayout pdf, SignatureBlock s, float x0, float x1, float titleSize,
                                  boolean issuing) throws IOException {
        signature(pdf, s, x0, x1, titleSize, issuing, 0);
    }

    /** @param head the room taken above the blank (the taller of two blocks side by side), 0: its own */
    private static void signature(PdfLayout pdf, SignatureBlock s, float x0, float x1, float titleSize,
                                  boolean issuing, float head) throws IOException {
        float top = pdf.y();
        for (String line : s.title().split("\n")) {
            pdf.paragraph(line.toUpperCase(), pdf.bold, titleSize, x0, x1, Align.CENTER, 0);
        }
        if (s.note() != null) {
            pdf.paragraph(s.note(), pdf.italic, 12, x0, x1, Align.CENTER, 0);
        }
        pdf.moveDown(Math.max(0, head - (top - pdf.y())));
        float gap = s.note() == null ? NAME_GAP_BLANK : NAME_GAP_NOTED;
        if (issuing) {
            float cx = (x0 + x1) / 2;
            pdf.signatureSpace(cx - 36 * MM, cx + 36 * MM, pdf.y() - 4, pdf.y() - gap + 4);
        }
        pdf.moveDown(gap);
        pdf.paragraph(s.name(), pdf.bold, 13, x0, x1, Align.CENTER, 0);
    }
}
