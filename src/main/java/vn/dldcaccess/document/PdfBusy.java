package vn.dldcaccess.document;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/** Every slot for reading a PDF from outside is taken: answered 503 with Retry-After, in Vietnamese. */
public class PdfBusy extends RefusedException {
    public static final int RETRY_AFTER_SECONDS = 5;

    PdfBusy(int slots) {
        super("PDF refused: " + slots + " files already being read", Wording.of("document.pdf.busy", RETRY_AFTER_SECONDS));
    }
}
