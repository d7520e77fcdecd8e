package vn.dldcaccess.review;

import vn.dldcaccess.shared.Messages;



/** Where a unit's part of a review campaign stands, as the office's register shows it. */
public enum UnitReviewStage {
    PENDING,
    DONE;

    public String label() {
        return Messages.text("review.unitStage." + name());
    }
}
