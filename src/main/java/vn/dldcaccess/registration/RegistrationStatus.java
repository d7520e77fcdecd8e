package vn.dldcaccess.registration;

import vn.dldcaccess.shared.Messages;



public enum RegistrationStatus {
    SUBMITTED(true),
    RETURNED(true),
    CONFIRMED(true),
    IN_AGENCY_LETTER(true),
    AT_AGGREGATOR(true),
    SENT_TO_PC06(true),
    APPROVED(true),
    REJECTED_BY_PC06(false),
    PROVISIONED(false),
    REJECTED(false);

    private final boolean open;

    RegistrationStatus(boolean open) {
        this.open = open;
    }

    /** Its name for people (message bundle, "registration.status.<NAME>"). */
    public String label() {
        return Messages.text("registration.status." + name());
    }

    public boolean isOpen() {
        return open;
    }
}
