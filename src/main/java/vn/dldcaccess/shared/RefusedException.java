package vn.dldcaccess.shared;

/**
 * A step the domain refuses: the message (English) goes to the log, {@link #vietnameseMessage()} to the person.
 * Each feature has its own subclass; the glue turns any of them into a 400 for the person ({@link Refusals}).
 */
public class RefusedException extends RuntimeException {
    private final String vietnameseMessage;

    public RefusedException(String englishLogMessage, String vietnameseMessage) {
        super(englishLogMessage);
        this.vietnameseMessage = vietnameseMessage;
    }

    public String vietnameseMessage() {
        return vietnameseMessage;
    }
}
