package vn.dldcaccess.review;

/** Where a unit's part of a review campaign stands, as the office's register shows it. */
public enum UnitReviewStage {
    PENDING("Chờ lãnh đạo đơn vị rà soát"),
    DONE("Đã rà soát");

    private final String label;

    UnitReviewStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
