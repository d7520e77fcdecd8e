package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
/** What a reconciliation found; {@link #metric()} is the {@code kind} label of dldc_reconciliation_differences. */
public enum DifferenceKind {
    /** (a) on the system, not in the register: created outside the process. */
    CREATED_OUTSIDE("created_outside"),
    /** (b) the holder has left: no longer in the organization, or now in another agency. */
    HOLDER_LEFT("holder_left"),
    /** (c) open in the register, no longer on the system. */
    GONE_THERE("gone_there"),
    /** (d) both have it, with another status (active vs locked or closed). */
    STATUS_DIFFERS("status_differs");

    private final String metric;

    DifferenceKind(String metric) {
        this.metric = metric;
    }

    /** Its name for people (message bundle, "reconciliation.DifferenceKind.<NAME>"). */
    public String label() {
        return Messages.text("reconciliation.DifferenceKind." + name());
    }

    String metric() {
        return metric;
    }
}
