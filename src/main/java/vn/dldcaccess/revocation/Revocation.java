package vn.dldcaccess.revocation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One person leaving or moving, and the closing of their accounts. */
@Entity
@Table(name = "rev_revocation")
class Revocation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "person_username")
    private String personUsername;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "unit_code")
    private String unitCode;
    @Enumerated(EnumType.STRING)
    private LeaveReason reason;
    @Column(name = "handover_date")
    private LocalDate handoverDate;
    private LocalDate deadline;
    @Column(name = "new_position")
    private String newPosition;
    @Column(name = "new_agency")
    private String newAgency;
    @Column(name = "reported_by")
    private String reportedBy;
    private String status;
    @Column(name = "open_person")
    private String openPerson;
    @Column(name = "notice_document_id")
    private Long noticeDocumentId;
    @Column(name = "notice_number")
    private String noticeNumber;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Version
    private int version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // the key goes into the child's INSERT; without updatable = false Hibernate sets it again by an UPDATE per row
    @JoinColumn(name = "revocation_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<RevocationItem> items = new ArrayList<>();

    protected Revocation() {
    }

    Revocation(String person, String agencyCode, String unitCode, LeaveReason reason, LocalDate handover,
               LocalDate deadline, String newPosition, String newAgency, String reportedBy, List<RevocationItem> items,
               Instant at) {
        if (person.equals(reportedBy)) {
            // issue 23: what is closed and what is kept is never the person's own decision
            throw new RevocationException(reportedBy + " may not report themself",
                    Wording.of("revocation.report.self"));
        }
        this.personUsername = person;
        this.agencyCode = agencyCode;
        this.unitCode = unitCode;
        this.reason = reason;
        this.handoverDate = handover;
        this.deadline = deadline;
        this.newPosition = newPosition;
        this.newAgency = newAgency;
        this.reportedBy = reportedBy;
        this.items.addAll(items);
        this.status = "OPEN";
        this.openPerson = person;
        this.createdAt = at;
    }

    Optional<RevocationItem> item(long itemId) {
        return items.stream().filter(i -> i.id() == itemId).findFirst();
    }

    boolean allClosed() {
        return items.stream().allMatch(i -> i.kept() || i.closedOn() != null);
    }

    /** The notice's official number, given when it is issued (once: issuing again keeps it). */
    String noticeNumber(java.util.function.Supplier<String> take) {
        if (noticeNumber == null) {
            noticeNumber = take.get();
        }
        return noticeNumber;
    }

    void finish(long noticeDocument, Instant at) {
        if (!"OPEN".equals(status)) {
            return;
        }
        if (!allClosed()) {
            throw new RevocationException("Revocation " + id + " has open accounts",
                    Wording.of("revocation.notice.accountsOpen"));
        }
        this.noticeDocumentId = noticeDocument;
        this.finishedAt = at;
        this.status = "DONE";
        this.openPerson = null;
    }

    /** The person's agency became another (issue 22 part 2): that agency's office takes the closing on. */
    void moveToAgency(String into) {
        this.agencyCode = into;
    }

    /** Issue 22: the office corrects the handover a source gave (the deadline follows), while it is open. */
    void correctHandover(LocalDate handover, LocalDate newDeadline) {
        requireOpen();
        this.handoverDate = handover;
        this.deadline = newDeadline;
    }

    /** Issue 22: a false alarm of a source, cancelled by the office: nothing more is closed. */
    void cancel(Instant at) {
        requireOpen();
        this.status = "CANCELLED";
        this.openPerson = null;
        this.finishedAt = at;
    }

    private void requireOpen() {
        if (!"OPEN".equals(status)) {
            throw new RevocationException("Revocation " + id + " is " + status,
                    Wording.of("revocation.source.ended"));
        }
    }

    Long id() { return id; }
    String personUsername() { return personUsername; }
    String agencyCode() { return agencyCode; }
    String unitCode() { return unitCode; }
    LeaveReason reason() { return reason; }
    LocalDate handoverDate() { return handoverDate; }
    LocalDate deadline() { return deadline; }
    String newPosition() { return newPosition; }
    String newAgency() { return newAgency; }
    String reportedBy() { return reportedBy; }
    String status() { return status; }
    List<RevocationItem> items() { return items; }
    Instant createdAt() { return createdAt; }
    Instant finishedAt() { return finishedAt; }
    Long noticeDocumentId() { return noticeDocumentId; }
}
