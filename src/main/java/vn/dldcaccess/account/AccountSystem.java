package vn.dldcaccess.account;

import vn.dldcaccess.shared.Messages;


/** The systems whose accounts letter 2932 §5 asks agencies to review and close. */
public enum AccountSystem {
    DLDC_TTHC, IOFFICE, OFFICIAL_EMAIL;

    /** Its name for people (message bundle, "account.system.<NAME>"). */
    public String label() {
        return Messages.text("account.system." + name());
    }
}
