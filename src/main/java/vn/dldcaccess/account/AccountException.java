package vn.dldcaccess.account;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/** A refused change to the register: English for the log, Vietnamese for the person. */
public class AccountException extends RefusedException {
    public AccountException(String message, Wording wording) {
        super(message, wording);
    }

    /** Words written in Java: for the features not yet worded by key (issue 24). */
    public AccountException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }
}
