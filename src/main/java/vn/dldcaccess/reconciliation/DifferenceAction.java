package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
/** What the office does about a difference, and where the difference then stands. */
enum DifferenceAction {
    /** Enter the account found on the system into the register (created outside the process). */
    RECORD(DifferenceStatus.RECORDED),
    /** Start the closing (Process_AccountRevocation) of the register's account. */
    START_CLOSING(DifferenceStatus.CLOSING),
    /** Make the register say what the system says (close, lock or reopen the register's account). */
    CORRECT(DifferenceStatus.CORRECTED),
    /** Nothing to do, with the reason (a service account, an error of the export). */
    DISMISS(DifferenceStatus.DISMISSED);

    private final DifferenceStatus outcome;

    DifferenceAction(DifferenceStatus outcome) {
        this.outcome = outcome;
    }

    /** Its name for people (message bundle, "reconciliation.DifferenceAction.<NAME>"). */
    String label() {
        return Messages.text("reconciliation.DifferenceAction." + name());
    }

    DifferenceStatus outcome() {
        return outcome;
    }
}
