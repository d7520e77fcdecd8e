package vn.dldcaccess.review;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;

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
import vn.dldcaccess.shared.Wording;

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
    /** A unit head whose own accounts this part holds (issue 23); null: the unit's other accounts. */
    @Column(name = "holder_username")
    private String holderUsername;
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
    // the key goes into the child's INSERT; without updatable = false Hibernate sets it again by an UPDATE per row
    @JoinColumn(name = "unit_review_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<ReviewDecision> decisions = new ArrayList<>();

    protected UnitReview() {
    }

    UnitReview(String unitCode, String holderUsername, int position) {
        this.unitCode = unitCode;
        this.holderUsername = holderUsername;
        this.position = position;
        this.status = "PENDING";
    }

    boolean done() {
        return "DONE".equals(status);
    }

    /**
     * Only a head of this unit keeps or marks its accounts, and never her own (issue 23): a head's own accounts are a
     * part of their own, decided by another head of the unit, or by the agency office when she is its only head.
     */
    void record(List<ReviewDecision> made, Actor unitHead, Deciders reviewers, Instant at) {
        if (reviewers.isSubject(unitHead) || made.stream().anyMatch(d -> unitHead.is(d.holderUsername()))) {
            throw new ReviewException(unitHead.username() + " may not review own accounts",
                    Wording.of(reviewers.officeStandsIn() ? "review.unit.notOwnOffice" : "review.unit.notOwnOtherHead"));
        }
        if (!reviewers.mayDecideForUnit(unitHead, unitCode)) {
            throw new ReviewException(unitHead.username() + " is no reviewer of " + unitCode,
                    Wording.of(reviewers.officeStandsIn() ? "review.unit.officeOnly" : "review.unit.headsOnly"));
        }
        if (done()) {
            throw new ReviewException("Unit review " + id + " done", Wording.of("review.unit.done"));
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
    String holderUsername() { return holderUsername; }
    String reviewedBy() { return reviewedBy; }
    Instant reviewedAt() { return reviewedAt; }
    Long documentId() { return documentId; }
    List<ReviewDecision> decisions() { return decisions; }
}
