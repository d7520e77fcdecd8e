package vn.dldcaccess.document;

import vn.dldcaccess.shared.Messages;



/**
 * One thing wrong with a signature: its kind (for the verdict's one line) and what exactly, in Vietnamese.
 *
 * @param message the detail a person reads ("Chứng thư số của tổ chức cấp trung gian X đã bị thu hồi từ ngày …")
 */
record SignatureProblem(Kind kind, String message) {
    /** Each kind with the short reason the verification page's one-line verdict gives. */
    enum Kind {
        MALFORMED, NOT_INTACT, CHANGED_AFTER, UNTRUSTED, NOT_VALID_AT_TIME, REVOKED, REVOCATION_STALE, WRONG_USAGE, TIME,
        TIMESTAMP;

        /** The short reason (message bundle, "document.signatureProblem.<NAME>"). */
        String reason() {
            return Messages.text("document.signatureProblem." + name());
        }
    }

    static SignatureProblem of(Kind kind, String message) {
        return new SignatureProblem(kind, message);
    }
}
