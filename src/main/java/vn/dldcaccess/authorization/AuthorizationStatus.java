package vn.dldcaccess.authorization;

import vn.dldcaccess.shared.Messages;


public enum AuthorizationStatus {
    AWAITING_DELEGATE(true),
    DECLINED(false),
    REQUESTED(true),
    RETURNED(true),
    REJECTED(false),
    APPROVED(true),
    ACTIVE(true),
    ENDED(false);

    private final boolean open;

    AuthorizationStatus(boolean open) {
        this.open = open;
    }

    /** Its name for people (message bundle, "authorization.status.<NAME>"). */
    public String label() {
        return Messages.text("authorization.status." + name());
    }

    public boolean isOpen() {
        return open;
    }
}
