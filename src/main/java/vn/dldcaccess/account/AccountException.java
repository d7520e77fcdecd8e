package vn.dldcaccess.account;

/** A refused change to the register: English for the log, Vietnamese for the person. */
public class AccountException extends RuntimeException {
    private final String vietnameseMessage;

    public AccountException(String message, String vietnameseMessage) {
        super(message);
        this.vietnameseMessage = vietnameseMessage;
    }

    public String vietnameseMessage() {
        return vietnameseMessage;
    }
}
