package vn.dldcaccess.aggregation;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;

/** One person of a received letter, and PC06's decision on them (recorded once, never overwritten). */
@Entity
@Table(name = "agg_item")
class BatchItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "registration_id")
    private long registrationId;
    @Column(name = "request_number")
    private String requestNumber;
    @Column(name = "citizen_id")
    private String citizenId;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "applicant_username")
    private String applicantUsername;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_source")
    private String decisionSource;

    protected BatchItem() {
    }

    BatchItem(long registrationId, String requestNumber, String citizenId, String fullName, String applicantUsername) {
        this.registrationId = registrationId;
        this.requestNumber = requestNumber;
        this.citizenId = citizenId;
        this.fullName = fullName;
        this.applicantUsername = applicantUsername;
        this.decision = Decision.PENDING;
    }

    /**
     * PC06's decision on this person, recorded by the aggregator's staff or by PC06's own user, never by the person
     * herself (issue 23). @return true when recorded now, false when the same decision was there; a different
     * decision after one is recorded is refused.
     */
    boolean decide(Decision d, String why, Actor actor, Instant at, String source) {
        if (!actor.has(Role.AGGREGATOR) && !actor.has(Role.PC06)) {
            throw new AggregationException(actor.username() + " may not record PC06's decisions",
                    Wording.of("registration.pc06.recordersOnly"));
        }
        if (isAbout(actor)) {
            throw new AggregationException(actor.username() + " may not record PC06's decision on own request",
                    ownRequest());
        }
        if (d == Decision.PENDING) {
            throw new IllegalArgumentException("PENDING is no decision");
        }
        if (decision == d) {
            return false;
        }
        if (decision != Decision.PENDING) {
            throw new AggregationException("Conflicting decision for " + requestNumber,
                    Wording.of("aggregation.decisions.conflict", requestNumber, fullName, decision.label(),
                            d.label()));
        }
        this.decision = d;
        this.reason = d == Decision.REJECTED ? why : null;
        this.decidedBy = actor.username();
        this.decidedAt = at;
        this.decisionSource = source;
        return true;
    }

    /** Whether this is the person's own request. */
    boolean isAbout(Actor actor) {
        return applicantUsername != null && actor.is(applicantUsername);
    }

    /** The refusal of recording PC06's decision on one's own request, naming it. */
    String ownRequest() {
        return Messages.text("aggregation.decisions.ownRequest", requestNumber, fullName);
    }

    long registrationId() { return registrationId; }
    String applicantUsername() { return applicantUsername; }
    String requestNumber() { return requestNumber; }
    String citizenId() { return citizenId; }
    String fullName() { return fullName; }
    Decision decision() { return decision; }
    String reason() { return reason; }
}
