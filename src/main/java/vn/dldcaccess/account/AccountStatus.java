package vn.dldcaccess.account;

import vn.dldcaccess.shared.Messages;


public enum AccountStatus {
    ACTIVE, SUSPENDED, CLOSED;

    /** Its name for people (message bundle, "account.status.<NAME>"). */
    public String label() {
        return Messages.text("account.status." + name());
    }
}
