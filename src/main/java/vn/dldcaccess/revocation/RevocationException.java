package vn.dldcaccess.revocation;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/** A refused step of a revocation: English for the log, Vietnamese for the person. */
class RevocationException extends RefusedException {
    RevocationException(String message, Wording wording) {
        super(message, wording);
    }
}
