package vn.dldcaccess.registration;

import vn.dldcaccess.shared.RefusedException;

/** A step that the request's current state does not allow; the message is for people, in Vietnamese. */
public class RegistrationStateException extends RefusedException {
    public RegistrationStateException(String englishLogMessage, String vietnameseMessage) {
        super(englishLogMessage, vietnameseMessage);
    }
}
