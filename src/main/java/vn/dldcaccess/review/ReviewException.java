package vn.dldcaccess.review;

import vn.dldcaccess.shared.RefusedException;

/** A refused step of a review: English for the log, Vietnamese for the person. */
class ReviewException extends RefusedException {
    ReviewException(String message, String vietnameseMessage) {
        super(message, vietnameseMessage);
    }
}
