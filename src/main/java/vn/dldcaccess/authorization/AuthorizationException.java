package vn.dldcaccess.authorization;

/** A refused step of an authorization: English for the log, Vietnamese for the person. */
class AuthorizationException extends RuntimeException {
    private final String vietnameseMessage;

    AuthorizationException(String message, String vietnameseMessage) {
        super(message);
        this.vietnameseMessage = vietnameseMessage;
    }

    String vietnameseMessage() {
        return vietnameseMessage;
    }
}
