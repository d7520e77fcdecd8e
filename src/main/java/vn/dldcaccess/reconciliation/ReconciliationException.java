package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.RefusedException;

/** A refused file or step of a reconciliation: English for the log, Vietnamese for the person. */
class ReconciliationException extends RefusedException {
    ReconciliationException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }

    /** Another run is being read on this node (answered 503 with Retry-After). */
    static final class Busy extends ReconciliationException {
        Busy() {
            super("Another reconciliation is running", "Đang có một lần đối soát khác; vui lòng thử lại sau ít phút.");
        }
    }

    /** Not this person's to do or see (answered 403). */
    static final class Forbidden extends ReconciliationException {
        Forbidden(String message, String vietnameseMessage) {
            super(message, vietnameseMessage);
        }
    }
}
