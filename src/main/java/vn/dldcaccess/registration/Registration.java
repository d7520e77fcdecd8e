package vn.dldcaccess.registration;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.Role;

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
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One person's request for a DLDC account (form 1658). State changes only through its guarded methods. */
@Entity
@Table(name = "reg_registration")
class Registration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_number")
    // a natural id: looked up by number many times in one step, it is read once per transaction
    @org.hibernate.annotations.NaturalId
    private String requestNumber;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "applicant_username")
    private String applicantUsername;
    @jakarta.persistence.Embedded
    private Form1658Answers answers;
    @Column(name = "open_citizen_id")
    private String openCitizenId;
    @Column(name = "commitments_accepted")
    private boolean commitmentsAccepted;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "unit_head_comment")
    private String unitHeadComment;
    @Column(name = "agency_letter_id")
    private Long agencyLetterId;
    @Column(name = "form_document_id")
    private Long formDocumentId;
    @Column(name = "batch_id")
    private Long batchId;
    @Column(name = "pc06_reason")
    private String pc06Reason;
    @Column(name = "account_id")
    private Long accountId;
    @Version
    private int version;
    // the event owns the key: a step adds its event without loading the others (a one-way list is loaded first)
    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RegistrationEvent> events = new ArrayList<>();
    @jakarta.persistence.Transient // the events recorded since it was read or made: what the register is told of
    private final List<RegistrationEvent> recorded = new ArrayList<>();

    protected Registration() {
    }

    /** Filed by the applicant herself: a person the organization file lets register, in her own agency. */
    Registration(String requestNumber, RegistrationForm form, Actor applicant, Instant at) {
        if (!applicant.has(Role.APPLICANT) || !form.agencyCode().equals(applicant.agencyCode())) {
            throw new RegistrationStateException(applicant.username() + " may not file a registration in "
                    + form.agencyCode(), Wording.of("registration.applicant.notListed"));
        }
        this.requestNumber = requestNumber;
        this.applicantUsername = applicant.username();
        this.commitmentsAccepted = true;
        fill(form);
        this.openCitizenId = answers.citizenId();
        this.submittedAt = at;
        move(RegistrationStatus.SUBMITTED, applicant, at, null);
    }

    private void fill(RegistrationForm form) {
        this.answers = new Form1658Answers(form);
        this.unitCode = form.unitCode();
        this.agencyCode = form.agencyCode();
    }

    void correct(RegistrationForm form, Actor actor, Instant at) {
        if (!actor.is(applicantUsername)) {
            throw new RegistrationStateException(actor.username() + " may not correct " + requestNumber,
                    Wording.of("registration.correct.applicantOnly"));
        }
        RegistrationGuards.require(this, RegistrationStatus.RETURNED, "correct");
        if (!form.citizenId().value().equals(answers.citizenId())) {
            throw new RegistrationStateException("Citizen id changed on correction of " + requestNumber,
                    Wording.of("registration.correct.citizenId"));
        }
        if (!form.agencyCode().equals(agencyCode)) {
            throw new RegistrationStateException("Agency changed on correction of " + requestNumber,
                    Wording.of("registration.correct.agency"));
        }
        fill(form);
        move(RegistrationStatus.SUBMITTED, actor, at, Messages.text("registration.history.corrected"));
    }

    void confirm(Actor unitHead, Deciders deciders, Instant at) {
        RegistrationGuards.requireDecider(this, unitHead, deciders);
        RegistrationGuards.require(this, RegistrationStatus.SUBMITTED, "confirm");
        this.confirmedBy = unitHead.username();
        this.confirmedAt = at;
        this.unitHeadComment = null;
        move(RegistrationStatus.CONFIRMED, unitHead, at, null);
    }

    void returnForCorrection(Actor unitHead, Deciders deciders, String comment, Instant at) {
        RegistrationGuards.requireDecider(this, unitHead, deciders);
        RegistrationGuards.require(this, RegistrationStatus.SUBMITTED, "returnIt");
        this.unitHeadComment = comment;
        move(RegistrationStatus.RETURNED, unitHead, at, comment);
    }

    void reject(Actor unitHead, Deciders deciders, String reason, Instant at) {
        RegistrationGuards.requireDecider(this, unitHead, deciders);
        RegistrationGuards.require(this, RegistrationStatus.SUBMITTED, "reject");
        this.unitHeadComment = reason;
        this.openCitizenId = null;
        move(RegistrationStatus.REJECTED, unitHead, at, reason);
    }

    /**
     * Whether this letter already lists the request (true), or the request waits for a letter (false);
     * another letter, or any other state, is refused.
     */
    boolean isInLetter(long letterId) {
        if (status == RegistrationStatus.IN_AGENCY_LETTER && agencyLetterId != null && agencyLetterId == letterId) {
            return true;
        }
        if (status == RegistrationStatus.IN_AGENCY_LETTER) {
            throw new RegistrationStateException("Request " + requestNumber + " already in letter " + agencyLetterId,
                    Wording.of("registration.letter.otherLetter", requestNumber));
        }
        RegistrationGuards.require(this, RegistrationStatus.CONFIRMED, "includeInLetter");
        return false;
    }

    /** Idempotent for the same letter; a second, different letter is refused. */
    boolean includeInLetter(long letterId, Actor actor, Instant at) {
        if (!actor.isDirectorOf(agencyCode) && !actor.isSystem()) {
            throw new RegistrationStateException(actor.username() + " may not put " + requestNumber + " in a letter",
                    Wording.of("registration.letter.directorOnly"));
        }
        if (isInLetter(letterId)) {
            return false;
        }
        this.agencyLetterId = letterId;
        move(RegistrationStatus.IN_AGENCY_LETTER, actor, at, null);
        return true;
    }

    /** The aggregator has received the signed letter; a second receipt is a no-op. */
    boolean arriveAtAggregator(Actor actor, Instant at) {
        if (!actor.isSystem() && !actor.aggregatorClerk()) {
            throw new RegistrationStateException(actor.username() + " may not receive " + requestNumber,
                    Wording.of("registration.aggregator.receivesOnly"));
        }
        if (status == RegistrationStatus.AT_AGGREGATOR) {
            return false;
        }
        RegistrationGuards.require(this, RegistrationStatus.IN_AGENCY_LETTER, "forwardToAggregator");
        move(RegistrationStatus.AT_AGGREGATOR, actor, at, null);
        return true;
    }

    /** The batch listing this request went to PC06; the same batch again is a no-op. */
    boolean sendToPc06(long batch, Actor actor, Instant at, String detail) {
        if (!actor.aggregatorClerk()) {
            throw new RegistrationStateException(actor.username() + " may not send " + requestNumber + " to PC06",
                    Wording.of("registration.aggregator.sendsOnly"));
        }
        if (status == RegistrationStatus.SENT_TO_PC06 && batchId != null && batchId == batch) {
            return false;
        }
        RegistrationGuards.require(this, RegistrationStatus.AT_AGGREGATOR, "sendToPc06");
        this.batchId = batch;
        move(RegistrationStatus.SENT_TO_PC06, actor, at, detail);
        return true;
    }

    /**
     * Whether PC06's decision is already recorded as this same decision (true) or still awaited (false); a
     * different decision after one is recorded is refused.
     */
    boolean hasPc06Decision(boolean approved) {
        RegistrationStatus wanted = approved ? RegistrationStatus.APPROVED : RegistrationStatus.REJECTED_BY_PC06;
        boolean decided = status == RegistrationStatus.APPROVED || status == RegistrationStatus.REJECTED_BY_PC06
                || status == RegistrationStatus.PROVISIONED;
        if (decided) {
            boolean same = status == wanted || (approved && status == RegistrationStatus.PROVISIONED);
            if (!same) {
                throw new RegistrationStateException("Conflicting PC06 decision for " + requestNumber,
                        Wording.of("registration.pc06.otherDecision", requestNumber, status.label()));
            }
            return true;
        }
        RegistrationGuards.require(this, RegistrationStatus.SENT_TO_PC06, "recordPc06");
        return false;
    }

    /** Idempotent for the same decision; a contradicting one is refused. */
    boolean recordPc06Decision(boolean approved, String reason, Actor actor, Instant at) {
        if (!actor.has(Role.AGGREGATOR) && !actor.has(Role.PC06)) {
            throw new RegistrationStateException(actor.username() + " may not record PC06's decision on " + requestNumber,
                    Wording.of("registration.pc06.recordersOnly"));
        }
        if (actor.is(applicantUsername)) {
            throw new RegistrationStateException(actor.username() + " may not record PC06's decision on own request",
                    Wording.of("registration.pc06.ownRequest", requestNumber, answers.fullName()));
        }
        if (hasPc06Decision(approved)) {
            return false;
        }
        if (approved) {
            move(RegistrationStatus.APPROVED, actor, at, null);
        } else {
            this.pc06Reason = reason;
            this.openCitizenId = null;
            move(RegistrationStatus.REJECTED_BY_PC06, actor, at, reason);
        }
        return true;
    }

    void provisioned(long account, Actor actor, Instant at, String detail) {
        if (!actor.has(Role.TTHC_ADMIN)) {
            throw new RegistrationStateException(actor.username() + " may not provision " + requestNumber,
                    Wording.of("registration.provision.tthcOnly"));
        }
        RegistrationGuards.requireNotApplicant(this, actor, "createDldcAccount");
        RegistrationGuards.require(this, RegistrationStatus.APPROVED, "provision");
        this.accountId = account;
        // the account register now refuses a second registration for this citizen
        this.openCitizenId = null;
        move(RegistrationStatus.PROVISIONED, actor, at, detail);
    }

    void attachForm(long documentId) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw new RegistrationStateException("Form of " + requestNumber + " rendered in state " + status,
                    Wording.of("registration.pdf.confirmedOnly"));
        }
        this.formDocumentId = documentId;
    }

    /** Its agency became another (issue 22 part 2): the request goes on there, its history says so. */
    void moveToAgency(String into, Instant at, String detail) {
        this.agencyCode = into;
        move(status, Actor.system(), at, detail);
    }

    private void move(RegistrationStatus next, Actor actor, Instant at, String detail) {
        this.status = next;
        RegistrationEvent e = new RegistrationEvent(this, at, actor.username(), next, detail);
        events.add(e);
        recorded.add(e);
    }

    Long id() { return id; }
    String requestNumber() { return requestNumber; }
    String agencyCode() { return agencyCode; }
    String unitCode() { return unitCode; }
    String applicantUsername() { return applicantUsername; }
    Form1658Answers answers() { return answers; }
    String fullName() { return answers.fullName(); }
    String citizenId() { return answers.citizenId(); }
    RegistrationStatus status() { return status; }
    Instant confirmedAt() { return confirmedAt; }
    String confirmedBy() { return confirmedBy; }
    String unitHeadComment() { return unitHeadComment; }
    Long agencyLetterId() { return agencyLetterId; }
    Long formDocumentId() { return formDocumentId; }
    Long batchId() { return batchId; }
    String pc06Reason() { return pc06Reason; }
    Long accountId() { return accountId; }
    List<RegistrationEvent> events() { return List.copyOf(events); }
    List<RegistrationEvent> recorded() { return List.copyOf(recorded); }
}
