package vn.dldcaccess.aggregation;

import vn.dldcaccess.shared.RefusedException;

/** A refused step at the aggregator: English for the log, Vietnamese for the person. */
class AggregationException extends RefusedException {
    AggregationException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }
}
