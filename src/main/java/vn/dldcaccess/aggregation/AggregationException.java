package vn.dldcaccess.aggregation;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/** A refused step at the aggregator: English for the log, Vietnamese for the person. */
class AggregationException extends RefusedException {
    AggregationException(String message, Wording wording) {
        super(message, wording);
    }

    /** Words written in Java: for the refusals not yet worded by key (issue 24). */
    AggregationException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }
}
