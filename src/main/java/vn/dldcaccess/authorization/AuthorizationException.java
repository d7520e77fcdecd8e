package vn.dldcaccess.authorization;

import vn.dldcaccess.shared.RefusedException;

/** A refused step of an authorization: English for the log, Vietnamese for the person. */
class AuthorizationException extends RefusedException {
    AuthorizationException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }
}
