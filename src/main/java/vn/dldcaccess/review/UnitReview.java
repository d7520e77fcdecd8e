package vn.dldcaccess.review;

import vn.dldcaccess.organization.Actor;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One unit's part of a campaign. */
@Entity
@Table(name = "rvw_unit")
class UnitReview {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_code")
    private String unitCode;
    private String status;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "report_number")
    private String reportNumber;
    @Column(name = "position_no")
    private int position;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "unit_review_id", nullable = false)
    @OrderBy("id")
    private List<ReviewDecision> decisions = new ArrayList<>();

    protected UnitReview() {
    }

    UnitReview(String unitCode, int position) {
        this.unitCode = unitCode;
        this.position = position;
        this.status = "PENDING";
    }

    boolean done() {
        return "DONE".equals(status);
    }

    /** Only a head of this unit keeps or marks its accounts. */
    void record(List<ReviewDecision> made, Actor unitHead, Instant at) {
        if (!unitHead.isHeadOf(unitCode)) {
            throw new ReviewException(unitHead.username() + " is no head of " + unitCode,
                    "Chỉ lãnh đạo của đơn vị mới rà soát tài khoản của đơn vị mình.");
        }
        if (done()) {
            throw new ReviewException("Unit review " + id + " done", "Đơn vị đã rà soát xong trong đợt này.");
        }
        decisions.clear();
        decisions.addAll(made);
        reviewedBy = unitHead.username();
        reviewedAt = at;
        status = "DONE";
    }

    void attachDocument(long id) {
        documentId = id;
    }

    /** The biên bản's official number, given when it is first issued and kept after. */
    String reportNumber(java.util.function.Supplier<String> take) {
        if (reportNumber == null) {
            reportNumber = take.get();
        }
        return reportNumber;
    }

    Long id() { return id; }
    String unitCode() { return unitCode; }
    String reviewedBy() { return reviewedBy; }
    Instant reviewedAt() { return reviewedAt; }
    Long documentId() { return documentId; }
    List<ReviewDecision> decisions() { return decisions; }
}
