package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import vn.dldcaccess.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.account.NewAccount;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.revocation.RevocationRequests;
import vn.dldcaccess.shared.PlainText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The office acts on one difference, in one transaction with what it changes: records the account (the register's
 * own checks: who may enter it, the user name free), starts its closing (revocation's checks: who may report whom),
 * makes the register say what the system says, or dismisses it with the reason.
 */
@Service
@Transactional
class DifferenceActions {
    private static final Logger log = LoggerFactory.getLogger(DifferenceActions.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_REASON = 300;

    private final DifferenceRepository differences;
    private final RunRepository runs;
    private final AccountRegister register;
    private final RevocationRequests revocations;
    private final OrganizationDirectory organization;
    private final ReconciliationMetrics metrics;
    private final Clock clock;

    DifferenceActions(DifferenceRepository differences, RunRepository runs, AccountRegister register,
                      RevocationRequests revocations, OrganizationDirectory organization, ReconciliationMetrics metrics,
                      Clock clock) {
        this.differences = differences;
        this.runs = runs;
        this.register = register;
        this.revocations = revocations;
        this.organization = organization;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @param holderText for RECORD: the holder's log-in (default: the export's holder column) */
    Difference act(long id, String actionText, String reasonText, String holderText, Actor actor) {
        Difference d = differences.findById(id).orElseThrow(() -> new ReconciliationException("No difference " + id,
                Wording.of("reconciliation.difference.notFound")));
        ReconciliationRun run = runs.findById(d.runId()).orElseThrow();
        Scope.requireAccess(actor, run);
        DifferenceAction action;
        try {
            action = DifferenceAction.valueOf(actionText == null ? "" : actionText.strip());
        } catch (IllegalArgumentException e) {
            throw new ReconciliationException("Unknown action", Wording.of("reconciliation.action.required"));
        }
        d.requireFits(action);
        String reason;
        try {
            reason = PlainText.line(reasonText, MAX_REASON);
        } catch (IllegalArgumentException e) {
            throw new ReconciliationException("Reason refused", Wording.of("reconciliation.reason.invalid", e.getMessage()));
        }
        if (reason == null && (action == DifferenceAction.CORRECT || action == DifferenceAction.DISMISS)) {
            throw new ReconciliationException("No reason", Wording.of("reconciliation.reason.required"));
        }
        String prefix = Messages.text("reconciliation.note.prefix", run.ref(), d.kind().label().toLowerCase());
        String note = switch (action) {
            case RECORD -> record(d, holderText, actor);
            case START_CLOSING -> startClosing(d, actor);
            case CORRECT -> correct(d, prefix + ": " + reason, actor);
            case DISMISS -> null;
        };
        d.resolve(action, actor, join(note, reason), clock.instant());
        differences.saveAndFlush(d);
        metrics.changed();
        log.info("Reconciliation difference {} of run {}: {} by {}", d.id(), run.id(), action, actor.username());
        return d;
    }

    private String record(Difference d, String holderText, Actor actor) {
        String holderName;
        try {
            holderName = PlainText.line(holderText == null || holderText.isBlank() ? d.fileHolder() : holderText, 64);
        } catch (IllegalArgumentException e) {
            throw new ReconciliationException("Holder refused", Wording.of("reconciliation.holder.invalid", e.getMessage()));
        }
        if (holderName == null) {
            throw new ReconciliationException("No holder",
                    Wording.of("reconciliation.holder.required"));
        }
        PersonInfo holder = organization.person(holderName).orElseThrow(() -> new ReconciliationException(
                "Unknown holder", Wording.of("reconciliation.holder.unknown", holderName)));
        AccountView a = register.open(new NewAccount(d.system(), d.username(), holder.username(), holder.fullName(),
                null, holder.agencyCode(), holder.unitCode(), LocalDate.now(clock.withZone(VN)), null), actor);
        return Messages.text("reconciliation.note.recorded", a.id(), holder.fullName());
    }

    private String startClosing(Difference d, Actor actor) {
        AccountView a = register.account(d.accountId());
        if (a.status() == AccountStatus.CLOSED) {
            throw new ReconciliationException("Already closed", Wording.of("reconciliation.account.closed", a.username()));
        }
        if (organization.person(a.holderUsername()).isEmpty()) {
            throw new ReconciliationException("Holder gone", Wording.of("reconciliation.holder.goneCannotClose",
                    a.holderName(), DifferenceAction.CORRECT.label()));
        }
        revocations.closeAfterReview(a.holderUsername(), List.of(a.id()), actor);
        return Messages.text("reconciliation.note.closing", a.username());
    }

    /** The register says what the system says: closed, locked, or active again. */
    private String correct(Difference d, String reason, Actor actor) {
        if (d.kind() == DifferenceKind.CREATED_OUTSIDE) {
            throw new ReconciliationException("Nothing to correct",
                    Wording.of("reconciliation.correct.notInRegister"));
        }
        AccountView a = register.account(d.accountId());
        SystemStatus there = d.kind() == DifferenceKind.STATUS_DIFFERS ? d.systemStatus() : SystemStatus.CLOSED;
        if (a.status() == AccountStatus.CLOSED) {
            throw new ReconciliationException("Register closed", Wording.of("reconciliation.account.closed", a.username()));
        }
        AccountStatus now = switch (there) {
            case CLOSED -> {
                register.close(a.id(), actor, reason);
                yield AccountStatus.CLOSED;
            }
            case LOCKED -> register.suspend(a.id(), actor, reason).status();
            case ACTIVE -> register.reactivate(a.id(), actor, reason).status();
        };
        return Messages.text("reconciliation.note.corrected", now.label().toLowerCase());
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + ". " + b;
    }
}
