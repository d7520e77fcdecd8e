package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.account.NewAccount;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The decisions on a request after it is filed: the unit head's, the agency letter that lists it, PC06's, and the
 * account the TTHC administrators created. The entity guards who and what; this records and tells.
 */
@Component
@Transactional
class RegistrationDecisions {
    /** The length the confirmation form shows for the unit head's comment. */
    static final int MAX_COMMENT = 1000;

    private final RegistrationRepository registrations;
    private final RegistrationDeciders deciders;
    private final RegistrationNotices notices;
    private final RegistrationMessages messages;
    private final AccountRegister accounts;
    private final RegistrationTracking tracking;
    private final Clock clock;

    RegistrationDecisions(RegistrationRepository registrations, RegistrationDeciders deciders,
                          RegistrationNotices notices, RegistrationMessages messages, AccountRegister accounts,
                          RegistrationTracking tracking, Clock clock) {
        this.registrations = registrations;
        this.deciders = deciders;
        this.notices = notices;
        this.messages = messages;
        this.accounts = accounts;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** The decision of Task_ConfirmByUnitHead as stored (the comment normalized). */
    record Decided(UnitHeadDecision decision, String comment) {
    }

    Decided decide(String requestNumber, String decisionText, String comment, Actor unitHead) {
        Registration registration = registrations.require(requestNumber);
        UnitHeadDecision decision;
        try {
            decision = UnitHeadDecision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new RegistrationStateException("Unknown unit head decision " + decisionText,
                    Wording.of("registration.decision.required"));
        }
        String reason;
        try {
            reason = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new RegistrationStateException("Unit head comment refused", Wording.of("security.comment.invalid", e.getMessage()));
        }
        if (decision != UnitHeadDecision.CONFIRM && reason == null) {
            throw new RegistrationStateException("Decision " + decision + " without comment",
                    Wording.of(decision == UnitHeadDecision.RETURN
                            ? "registration.decision.returnComment" : "registration.decision.rejectReason"));
        }
        Deciders d = deciders.confirmers(registration);
        tracking.tracked(registration, () -> applyDecision(registration, decision, reason, unitHead, d));
        return new Decided(decision, reason);
    }

    private void applyDecision(Registration registration, UnitHeadDecision decision, String reason, Actor unitHead,
                               Deciders deciders) {
        switch (decision) {
            case CONFIRM -> registration.confirm(unitHead, deciders, clock.instant());
            case RETURN -> registration.returnForCorrection(unitHead, deciders, reason, clock.instant());
            case REJECT -> {
                registration.reject(unitHead, deciders, reason, clock.instant());
                notices.notifyApplicantAndOffice(registration, messages.rejected(registration, reason));
            }
        }
    }

    /** Called by the registration process when the agency letter that lists it is signed. */
    boolean markIncludedInLetter(String requestNumber, long letterId, Actor actor) {
        Registration r = registrations.require(requestNumber);
        return tracking.trackedResult(r, () -> r.includeInLetter(letterId, actor, clock.instant()));
    }

    /** Task_RecordPC06Decision: the registration's own record of PC06's decision; tells everyone of a refusal. */
    boolean recordPc06Decision(String requestNumber, boolean approved, String reason, Actor actor) {
        Registration r = registrations.require(requestNumber);
        boolean recorded = tracking.trackedResult(r, () -> r.recordPc06Decision(approved, reason, actor, clock.instant()));
        if (recorded && !approved) {
            notices.notifyConcerned(r, messages.pc06Refused(r, reason));
        }
        return recorded;
    }

    /** Task_RegisterAccount: the TTHC administrators created the account; it enters the register. */
    AccountView provision(String requestNumber, String accountUsername, LocalDate createdOn, Actor actor) {
        Registration r = registrations.require(requestNumber);
        if (!actor.has(Role.TTHC_ADMIN)) {
            // checked before the account register hears of it; the entity checks again
            throw new RegistrationStateException(actor.username() + " may not provision " + requestNumber,
                    Wording.of("registration.provision.tthcOnly"));
        }
        RegistrationGuards.requireNotApplicant(r, actor, "createDldcAccount");
        // the form's help text: empty means the name the applicant wrote in point 11 of the form, if she wrote one
        String name = accountUsername == null || accountUsername.isBlank() ? r.answers().tthcUsername() : accountUsername;
        if (name == null || name.isBlank()) {
            throw new RegistrationStateException("No account name for " + requestNumber,
                    Wording.of("registration.provision.usernameRequired"));
        }
        AccountView account = accounts.open(new NewAccount(AccountSystem.DLDC_TTHC, name, r.applicantUsername(),
                r.fullName(), r.citizenId(), r.agencyCode(), r.unitCode(), createdOn, r.id()), actor);
        tracking.tracked(r, () -> r.provisioned(account.id(), actor, clock.instant(), Messages.text("registration.history.provisioned", account.username())));
        notices.notifyConcerned(r, messages.provisioned(r, PdfDocuments.dmy(createdOn), account.username()));
        return account;
    }
}
