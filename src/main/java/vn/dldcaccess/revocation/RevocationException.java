package vn.dldcaccess.revocation;

import vn.dldcaccess.shared.RefusedException;

/** A refused step of a revocation: English for the log, Vietnamese for the person. */
class RevocationException extends RefusedException {
    RevocationException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }
}
