package vn.dldcaccess.aggregation;

/** A refused step at the aggregator: English for the log, Vietnamese for the person. */
class AggregationException extends RuntimeException {
    private final String vietnameseMessage;

    AggregationException(String message, String vietnameseMessage) {
        super(message);
        this.vietnameseMessage = vietnameseMessage;
    }

    String vietnameseMessage() {
        return vietnameseMessage;
    }
}
