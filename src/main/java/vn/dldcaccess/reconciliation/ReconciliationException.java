package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import vn.dldcaccess.shared.RefusedException;

/** A refused file or step of a reconciliation: English for the log, Vietnamese for the person. */
class ReconciliationException extends RefusedException {
    ReconciliationException(String message, Wording wording) {
        super(message, wording);
    }

    /** Another run is being read on this node (answered 503 with Retry-After). */
    static final class Busy extends ReconciliationException {
        Busy() {
            super("Another reconciliation is running", Wording.of("reconciliation.run.busy"));
        }
    }

    /** Not this person's to do or see (answered 403). */
    static final class Forbidden extends ReconciliationException {
        Forbidden(String message, Wording wording) {
            super(message, wording);
        }
    }
}
