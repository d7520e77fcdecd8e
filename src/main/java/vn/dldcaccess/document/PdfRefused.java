package vn.dldcaccess.document;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/**
 * A PDF from outside that is not read at all: not a well-formed PDF, or beyond one of the {@link PdfLimits}. The
 * English message names the limit for the log; the Vietnamese one tells the person what is wrong with the file.
 */
class PdfRefused extends RefusedException {
    PdfRefused(String englishLogMessage, Wording wording) {
        super(englishLogMessage, wording);
    }

    static PdfRefused malformed(String why) {
        return new PdfRefused("Malformed PDF: " + why, Wording.of("document.pdf.malformed"));
    }

    /** @param limit the limit passed, in words ("document.pdf.limit.…") */
    static PdfRefused tooComplex(String why, Wording limit) {
        return new PdfRefused("PDF beyond limits: " + why, Wording.of("document.pdf.tooComplex", limit));
    }
}
