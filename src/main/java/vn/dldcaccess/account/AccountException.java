package vn.dldcaccess.account;

import vn.dldcaccess.shared.RefusedException;

/** A refused change to the register: English for the log, Vietnamese for the person. */
public class AccountException extends RefusedException {
    public AccountException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }
}
