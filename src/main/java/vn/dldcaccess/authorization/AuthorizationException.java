package vn.dldcaccess.authorization;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/** A refused step of an authorization: English for the log, Vietnamese for the person. */
class AuthorizationException extends RefusedException {
    AuthorizationException(String message, Wording wording) {
        super(message, wording);
    }

    /** Words written in Java: for the refusals not yet worded by key (issue 24). */
    AuthorizationException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }
}
