package vn.dldcaccess.authorization;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;
import java.time.LocalDate;

/** One giấy ủy quyền. State changes only through its guarded methods. */
@Entity
@Table(name = "auz_authorization")
class Authorization {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "holder_username")
    private String holderUsername;
    @Column(name = "delegate_username")
    private String delegateUsername;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    private AuthorizationReason reason;
    @Column(name = "reason_detail")
    private String reasonDetail;
    private String scope;
    @Column(name = "holder_duties")
    private String holderDuties;
    @Column(name = "delegate_duties")
    private String delegateDuties;
    @Enumerated(EnumType.STRING)
    private AuthorizationStatus status;
    @Column(name = "delegate_answered_at")
    private Instant delegateAnsweredAt;
    @Column(name = "delegate_comment")
    private String delegateComment;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_comment")
    private String decisionComment;
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "official_number")
    private String officialNumber;
    @Column(name = "activated_at")
    private Instant activatedAt;
    @Column(name = "ended_at")
    private Instant endedAt;
    @Column(name = "end_reason")
    private String endReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private int version;

    protected Authorization() {
    }

    /** Filed by the holder herself, logged in (the terms name her own account; see AuthorizationInput). */
    Authorization(AuthorizationTerms terms, Actor holder, Instant at) {
        if (holder.person() == null) {
            throw new AuthorizationException(holder.username() + " may not file an authorization",
                    Wording.of("authorization.holder.notHolder"));
        }
        this.holderUsername = holder.username();
        this.agencyCode = holder.agencyCode();
        this.unitCode = holder.unitCode();
        this.createdAt = at;
        this.status = AuthorizationStatus.AWAITING_DELEGATE;
        fill(terms);
    }

    private void fill(AuthorizationTerms t) {
        this.accountId = t.accountId();
        this.delegateUsername = t.delegateUsername();
        this.validFrom = t.validFrom();
        this.validTo = t.validTo();
        this.reason = t.reason();
        this.reasonDetail = t.reasonDetail();
        this.scope = t.scope();
        this.holderDuties = t.holderDuties();
        this.delegateDuties = t.delegateDuties();
    }

    void correct(AuthorizationTerms terms, Actor holder) {
        if (!holder.is(holderUsername)) {
            throw new AuthorizationException(holder.username() + " is not the holder of authorization " + id,
                    Wording.of("authorization.correct.holderOnly"));
        }
        require(AuthorizationStatus.RETURNED, "correct");
        fill(terms);
        // corrected terms are new terms: the delegate (perhaps another person now) is asked again
        this.delegateAnsweredAt = null;
        this.delegateComment = null;
        this.status = AuthorizationStatus.AWAITING_DELEGATE;
    }

    /** The delegate herself, logged in, takes on the duties the letter gives her; only then the unit head decides. */
    void acceptAsDelegate(Actor delegate, Instant at) {
        answerAsDelegate(delegate, AuthorizationStatus.REQUESTED, null, at);
    }

    /** The delegate declines: the letter ends there and the holder is told why. */
    void declineAsDelegate(Actor delegate, String why, Instant at) {
        answerAsDelegate(delegate, AuthorizationStatus.DECLINED, why, at);
    }

    private void answerAsDelegate(Actor delegate, AuthorizationStatus next, String comment, Instant at) {
        if (!delegate.is(delegateUsername)) {
            throw new AuthorizationException(delegate.username() + " is not the delegate of authorization " + id,
                    Wording.of("authorization.delegate.only"));
        }
        require(AuthorizationStatus.AWAITING_DELEGATE, "answer");
        this.delegateAnsweredAt = at;
        this.delegateComment = comment;
        this.status = next;
    }

    void approve(Actor unitHead, Deciders deciders, String comment, Instant at) {
        decide(AuthorizationStatus.APPROVED, unitHead, deciders, comment, at);
    }

    void returnToHolder(Actor unitHead, Deciders deciders, String comment, Instant at) {
        decide(AuthorizationStatus.RETURNED, unitHead, deciders, comment, at);
    }

    void reject(Actor unitHead, Deciders deciders, String reasonText, Instant at) {
        decide(AuthorizationStatus.REJECTED, unitHead, deciders, reasonText, at);
    }

    /** The holder left or the account closed before the letter was decided. */
    void cancel(String why, Instant at) {
        if (status != AuthorizationStatus.AWAITING_DELEGATE && status != AuthorizationStatus.REQUESTED
                && status != AuthorizationStatus.RETURNED) {
            throw new AuthorizationException("Authorization " + id + " is " + status,
                    Wording.of("authorization.cancel.notInStatus", status.label()));
        }
        this.decidedBy = Actor.SYSTEM_NAME;
        this.decidedAt = at;
        this.decisionComment = why;
        this.status = AuthorizationStatus.REJECTED;
    }

    /**
     * Only a head of the holder's unit approves, returns or rejects the letter, never the holder or the delegate
     * (issue 23): another head of the unit, or the agency office when no other head is left.
     */
    private void decide(AuthorizationStatus next, Actor unitHead, Deciders deciders, String comment, Instant at) {
        if (unitHead.is(holderUsername) || unitHead.is(delegateUsername) || deciders.isSubject(unitHead)) {
            throw new AuthorizationException(unitHead.username() + " is a party to authorization " + id,
                    Wording.of(deciders.officeStandsIn() ? "authorization.decision.notOwnOffice"
                            : "authorization.decision.notOwnOtherHead"));
        }
        if (!deciders.mayDecideForUnit(unitHead, unitCode)) {
            throw new AuthorizationException(unitHead.username() + " is no decider of authorization " + id,
                    deciders.officeStandsIn()
                            ? Wording.of("authorization.decision.officeOnly") : Wording.of("authorization.decision.headsOnly"));
        }
        require(AuthorizationStatus.REQUESTED, "approve");
        this.decidedBy = unitHead.username();
        this.decidedAt = at;
        this.decisionComment = comment;
        this.status = next;
    }

    /** The holder's agency became another (issue 22 part 2). */
    void moveToAgency(String into) {
        this.agencyCode = into;
    }

    void attachDocument(long id) {
        this.documentId = id;
    }

    /** The number it is issued under, given when first issued and kept after (rendered again, same number). */
    String officialNumber(java.util.function.Supplier<String> take) {
        if (officialNumber == null) {
            officialNumber = take.get();
        }
        return officialNumber;
    }

    /** The official number once issued, else the request's key ("UQ-12"): what notices call it. */
    String reference() {
        return officialNumber != null ? officialNumber : AuthorizationLetterProcess.businessKey(id);
    }

    void activate(Instant at) {
        require(AuthorizationStatus.APPROVED, "start");
        this.activatedAt = at;
        this.status = AuthorizationStatus.ACTIVE;
    }

    /**
     * Ends an approved or active authorization: the holder ends it early, or the system at its term (or as the
     * consequence of a leaver report or a closed account); ending twice is a no-op (false).
     */
    boolean end(String why, Actor actor, Instant at) {
        if (!actor.isSystem() && !actor.is(holderUsername)) {
            throw new AuthorizationException(actor.username() + " may not end authorization " + id,
                    Wording.of("authorization.end.holderOnly"));
        }
        if (status == AuthorizationStatus.ENDED) {
            return false;
        }
        if (status != AuthorizationStatus.ACTIVE && status != AuthorizationStatus.APPROVED) {
            throw new AuthorizationException("Authorization " + id + " is " + status,
                    Wording.of("authorization.end.notInStatus", status.label()));
        }
        this.endedAt = at;
        this.endReason = why;
        this.status = AuthorizationStatus.ENDED;
        return true;
    }

    /** @param action the step refused, as the bundle names it ("authorization.action.<action>") */
    private void require(AuthorizationStatus expected, String action) {
        if (status != expected) {
            throw new AuthorizationException("Authorization " + id + " is " + status + ", expected " + expected,
                    Wording.of("authorization.status.notAllowed", Wording.of("authorization.action." + action),
                            status.label()));
        }
    }

    Long id() { return id; }
    long accountId() { return accountId; }
    String holderUsername() { return holderUsername; }
    String delegateUsername() { return delegateUsername; }
    String agencyCode() { return agencyCode; }
    String unitCode() { return unitCode; }
    LocalDate validFrom() { return validFrom; }
    LocalDate validTo() { return validTo; }
    AuthorizationReason reason() { return reason; }
    String reasonDetail() { return reasonDetail; }
    String scope() { return scope; }
    String holderDuties() { return holderDuties; }
    String delegateDuties() { return delegateDuties; }
    AuthorizationStatus status() { return status; }
    /** When the delegate accepted (null: not asked, as letters filed before she was, or not yet). */
    Instant delegateAnsweredAt() { return delegateAnsweredAt; }
    String delegateComment() { return delegateComment; }
    String decidedBy() { return decidedBy; }
    Instant decidedAt() { return decidedAt; }
    String decisionComment() { return decisionComment; }
    Long documentId() { return documentId; }
    Instant createdAt() { return createdAt; }
    Instant activatedAt() { return activatedAt; }
    Instant endedAt() { return endedAt; }
    String endReason() { return endReason; }
}
