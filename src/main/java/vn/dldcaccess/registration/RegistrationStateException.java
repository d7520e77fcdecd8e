package vn.dldcaccess.registration;

/** A step that the request's current state does not allow; the message is for people, in Vietnamese. */
public class RegistrationStateException extends RuntimeException {
    private final String vietnameseMessage;

    public RegistrationStateException(String englishLogMessage, String vietnameseMessage) {
        super(englishLogMessage);
        this.vietnameseMessage = vietnameseMessage;
    }

    public String vietnameseMessage() {
        return vietnameseMessage;
    }
}
