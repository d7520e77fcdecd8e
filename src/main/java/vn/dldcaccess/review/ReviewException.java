package vn.dldcaccess.review;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/** A refused step of a review: English for the log, Vietnamese for the person. */
class ReviewException extends RefusedException {
    ReviewException(String message, Wording wording) {
        super(message, wording);
    }
}
