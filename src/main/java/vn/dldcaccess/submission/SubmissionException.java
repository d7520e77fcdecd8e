package vn.dldcaccess.submission;

/** A step refused for a reason a person can act on; the message is Vietnamese. */
class SubmissionException extends RuntimeException {
    private final String vietnameseMessage;

    SubmissionException(String englishLogMessage, String vietnameseMessage) {
        super(englishLogMessage);
        this.vietnameseMessage = vietnameseMessage;
    }

    String vietnameseMessage() {
        return vietnameseMessage;
    }
}
