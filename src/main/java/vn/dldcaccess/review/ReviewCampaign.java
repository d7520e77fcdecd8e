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
import jakarta.persistence.Version;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One review campaign of an agency: one review per unit that has accounts. */
@Entity
@Table(name = "rvw_campaign")
class ReviewCampaign {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String status;
    @Column(name = "open_agency")
    private String openAgency;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Version
    private int version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // the key goes into the child's INSERT; without updatable = false Hibernate sets it again by an UPDATE per row
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<UnitReview> units = new ArrayList<>();

    protected ReviewCampaign() {
    }

    /** Opened by the agency's own office (or the administrator standing in), or by the quarterly schedule. */
    ReviewCampaign(String agencyCode, Actor startedBy, Instant at, LocalDate dueDate, List<UnitReview> units) {
        if (!startedBy.isSystem() && !startedBy.clerkOf(agencyCode)) {
            throw new ReviewException(startedBy.username() + " may not open a review of " + agencyCode,
                    Wording.of("review.campaign.officeOfAgencyOnly"));
        }
        this.agencyCode = agencyCode;
        this.startedBy = startedBy.username();
        this.startedAt = at;
        this.dueDate = dueDate;
        this.units.addAll(units);
        this.status = "OPEN";
        this.openAgency = agencyCode;
    }

    Optional<UnitReview> unit(long unitReviewId) {
        return units.stream().filter(u -> u.id() == unitReviewId).findFirst();
    }

    void finish(Instant at) {
        if (!"OPEN".equals(status)) {
            return;
        }
        if (units.stream().anyMatch(u -> !u.done())) {
            throw new ReviewException("Campaign " + id + " has pending units", Wording.of("review.campaign.unitsPending"));
        }
        status = "DONE";
        openAgency = null;
        finishedAt = at;
    }

    /**
     * Its agency became another (issue 22 part 2): the campaign goes on there, as that agency's open one unless it
     * has its own already.
     */
    void moveToAgency(String into, boolean intoHasOpen) {
        this.agencyCode = into;
        if ("OPEN".equals(status)) {
            this.openAgency = intoHasOpen ? null : into;
        }
    }

    Long id() { return id; }
    String agencyCode() { return agencyCode; }
    LocalDate dueDate() { return dueDate; }
    String status() { return status; }
    List<UnitReview> units() { return units; }
    String startedBy() { return startedBy; }
    Instant startedAt() { return startedAt; }
}
