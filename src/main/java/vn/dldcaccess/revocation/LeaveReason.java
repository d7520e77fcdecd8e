package vn.dldcaccess.revocation;

import vn.dldcaccess.shared.Messages;



enum LeaveReason {
    POSITION_CHANGE(true),
    TRANSFER(false),
    RETIREMENT(false),
    RESIGNATION(false),
    /** Marked for closure by the unit head in an account review: only the marked accounts close. */
    REVIEW(true);

    /** Whether some accounts may be kept (a move within the agency). */
    private final boolean mayKeep;

    LeaveReason(boolean mayKeep) {
        this.mayKeep = mayKeep;
    }

    /** Its name for people (message bundle, "revocation.reason.<NAME>"). */
    String label() {
        return Messages.text("revocation.reason." + name());
    }

    boolean mayKeep() {
        return mayKeep;
    }
}
