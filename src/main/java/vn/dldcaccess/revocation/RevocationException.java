package vn.dldcaccess.revocation;

/** A refused step of a revocation: English for the log, Vietnamese for the person. */
class RevocationException extends RuntimeException {
    private final String vietnameseMessage;

    RevocationException(String message, String vietnameseMessage) {
        super(message);
        this.vietnameseMessage = vietnameseMessage;
    }

    String vietnameseMessage() {
        return vietnameseMessage;
    }
}
