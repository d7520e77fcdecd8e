package vn.dldcaccess.review;

/** A refused step of a review: English for the log, Vietnamese for the person. */
class ReviewException extends RuntimeException {
    private final String vietnameseMessage;

    ReviewException(String message, String vietnameseMessage) {
        super(message);
        this.vietnameseMessage = vietnameseMessage;
    }

    String vietnameseMessage() {
        return vietnameseMessage;
    }
}
