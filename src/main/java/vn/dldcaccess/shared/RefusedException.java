package vn.dldcaccess.shared;

/**
 * A step the domain refuses: the message (English) goes to the log, {@link #vietnameseMessage()} to the person, worded
 * by the message bundle ({@link Wording}: a province may reword it). Each feature has its own subclass; the glue turns
 * any of them into a 400 for the person ({@link Refusals}).
 */
public class RefusedException extends RuntimeException {
    private final Wording wording;
    private final String vietnameseMessage;

    public RefusedException(String englishLogMessage, Wording wording) {
        super(englishLogMessage);
        this.wording = wording;
        this.vietnameseMessage = null;
    }

    /** Words written in Java: only for the features whose refusals are not in the bundle yet (issue 24). */
    public RefusedException(String englishLogMessage, String vietnameseMessage) {
        super(englishLogMessage);
        this.wording = null;
        this.vietnameseMessage = vietnameseMessage;
    }

    /** The bundle's key and values; null for a refusal worded in Java. */
    public Wording wording() {
        return wording;
    }

    public String vietnameseMessage() {
        return wording == null ? vietnameseMessage : wording.text();
    }
}
