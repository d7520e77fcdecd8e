package vn.dldcaccess.registration;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/** A step that the request's current state does not allow; the message is for people, in Vietnamese. */
public class RegistrationStateException extends RefusedException {
    public RegistrationStateException(String englishLogMessage, Wording wording) {
        super(englishLogMessage, wording);
    }

    /** Words written in Java: for the features not yet worded by key (issue 24). */
    public RegistrationStateException(String englishLogMessage, String vietnameseMessage) {
        super(englishLogMessage, vietnameseMessage);
    }
}
