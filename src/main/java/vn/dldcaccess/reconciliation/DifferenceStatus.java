package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
/** Where a difference stands: open until the office acts, or a later run of the same scope replaces it. */
enum DifferenceStatus {
    OPEN,
    RECORDED,
    CLOSING,
    CORRECTED,
    DISMISSED,
    /** A later run of the same system and agency found its own differences: this one is history. */
    SUPERSEDED;

    /** Its name for people (message bundle, "reconciliation.DifferenceStatus.<NAME>"). */
    String label() {
        return Messages.text("reconciliation.DifferenceStatus." + name());
    }
}
