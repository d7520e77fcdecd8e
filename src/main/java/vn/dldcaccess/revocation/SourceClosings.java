package vn.dldcaccess.revocation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.authorization.AuthorizationLetters;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestStep;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Issue 22: closings the organization source starts by itself (a leaver or a mover found in the file or the
 * directory), reported by the application ("Hệ thống (tự động)", {@link Actor#system()}), never in a person's
 * name; the agency office corrects the handover day or cancels a false alarm. Process_AccountRevocation runs them
 * as it runs a report (its business key names the closing).
 */
@Component
@Transactional
public class SourceClosings {
    private static final Logger log = LoggerFactory.getLogger(SourceClosings.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RevocationRepository revocations;
    private final RevocationService service;
    private final AccountRegister accounts;
    private final AuthorizationLetters authorizations;
    private final OrganizationDirectory organization;
    private final RevocationMessages messages;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SourceClosings(RevocationRepository revocations, RevocationService service, AccountRegister accounts,
                   AuthorizationLetters authorizations, OrganizationDirectory organization, RevocationMessages messages,
                   Notifier notifier, ApplicationEventPublisher events, Clock clock) {
        this.revocations = revocations;
        this.service = service;
        this.accounts = accounts;
        this.authorizations = authorizations;
        this.organization = organization;
        this.messages = messages;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    /** What the source says happened. */
    public enum Change {
        /** Gone from the source, or marked as left: every account closes. */
        LEFT(LeaveReason.RESIGNATION),
        /** Now in another agency: every account closes (a transfer keeps none). */
        MOVED_AGENCY(LeaveReason.TRANSFER),
        /** Now in another unit of the same agency: the new unit head says which accounts stay. */
        MOVED_UNIT(LeaveReason.POSITION_CHANGE);

        private final LeaveReason reason;

        Change(LeaveReason reason) {
            this.reason = reason;
        }
    }

    /** A closing opened: its business key (Process_AccountRevocation's), deadline and summary. */
    public record Opened(String closingKey, LocalDate deadline, String summary) {
    }

    /** The systems the person has an open account on (what a mover's new unit head may keep). */
    @Transactional(readOnly = true)
    public List<String> openSystems(String username) {
        return open(username).stream().map(a -> a.system().name()).distinct().toList();
    }

    /** The label of a system, as the forms show it. */
    public static String systemLabel(String system) {
        return AccountSystem.valueOf(system).label();
    }

    /**
     * Opens the closing of a person the source says left or moved, reported by the application. Nothing is
     * opened (empty) when the person has no open account, every one is kept, or a report on them is still open
     * (that report closes them). Authorizations of the person end at once, as for a report.
     *
     * @param fromAgency the agency the person leaves (its office closes the accounts there)
     * @param fromUnit   the unit the person leaves
     * @param newPlace   the new agency's or unit's name (null when they left)
     * @param keep       the systems whose accounts stay (a move within the agency only)
     */
    public Optional<Opened> open(String username, String fromAgency, String fromUnit, Change change,
                                 LocalDate handover, String newPlace, Set<String> keep) {
        PersonInfo person = organization.person(username).orElse(null);
        if (person == null || revocations.existsByOpenPerson(username)) {
            log.info("No source closing for {}: {}", username, person == null ? "unknown" : "a report is open");
            return Optional.empty();
        }
        if (!keep.isEmpty() && change != Change.MOVED_UNIT) {
            throw new IllegalArgumentException("Only a move within the agency keeps accounts");
        }
        List<RevocationItem> items = new ArrayList<>();
        int n = 0;
        for (AccountView a : open(username)) {
            items.add(new RevocationItem(a.id(), a.system(), a.username(), keep.contains(a.system().name()), n++));
        }
        if (items.stream().allMatch(RevocationItem::kept)) {
            log.info("No source closing for {}: nothing to close", username);
            return Optional.empty();
        }
        LeaveReason reason = change.reason;
        LocalDate deadline = service.deadlineFor(handover);
        // the reporter is the application itself: the entity's guard (nobody reports herself) holds, since no
        // person may be called "system" (organization file check)
        Revocation r = revocations.saveAndFlush(new Revocation(person.username(), fromAgency, fromUnit, reason, handover, deadline, change == Change.MOVED_UNIT ? newPlace : null,
                change == Change.MOVED_AGENCY ? newPlace : null, Actor.SYSTEM_NAME, items, clock.instant()));
        log.info("Revocation {} opened from the organization source ({}), deadline {}", r.id(), change, deadline);
        publish(r, true, Actor.SYSTEM_NAME, Messages.text("revocation.tracking.detected",
                Messages.text("revocation.source.reporter"), reason.label(), PdfDocuments.dmy(handover),
                PdfDocuments.dmy(deadline)), null);
        authorizations.cancelAllOf(username, Messages.text("revocation.authorization.cancelReason", reason.label().toLowerCase()));
        DocumentTexts.Message m = messages.reported(r, person.fullName());
        notifier.notify(offices(r), m.subject(), m.body(), AccountRevocationProcess.businessKey(r));
        return Optional.of(new Opened(AccountRevocationProcess.businessKey(r), deadline, messages.summary(r, person.fullName())));
    }

    /** The agency office (the administrator standing in) corrects the handover day; the deadline follows. */
    public LocalDate correctHandover(String closingKey, LocalDate handover, Actor actor) {
        Revocation r = get(closingKey);
        requireOffice(r, actor);
        if (handover == null) {
            throw new RevocationException("No date", Wording.of("revocation.source.handoverRequired"));
        }
        if (handover.isAfter(LocalDate.now(clock.withZone(VN)))) {
            throw new RevocationException("Future handover",
                    Wording.of("revocation.source.handoverInFuture"));
        }
        r.correctHandover(handover, service.deadlineFor(handover));
        publish(r, true, actor.username(), Messages.text("revocation.tracking.handoverCorrected", PdfDocuments.dmy(handover),
                PdfDocuments.dmy(r.deadline())), null);
        return r.deadline();
    }

    /** The agency office cancels a false alarm: nothing more is closed; what was closed stays closed. */
    public void cancel(String closingKey, Actor actor) {
        Revocation r = get(closingKey);
        requireOffice(r, actor);
        r.cancel(clock.instant());
        publish(r, false, actor.username(), Messages.text("revocation.tracking.cancelledByOffice"), LocalDate.now(clock.withZone(VN)));
    }

    /** The closing's deadline and agency, for the office's task. */
    @Transactional(readOnly = true)
    public LocalDate deadline(String closingKey) {
        return get(closingKey).deadline();
    }

    @Transactional(readOnly = true)
    public String status(String closingKey) {
        return get(closingKey).status();
    }

    /** Whether the application reported this closing (a source's leaver or mover). */
    static boolean bySource(Revocation r) {
        return Actor.SYSTEM_NAME.equals(r.reportedBy());
    }

    private static void requireOffice(Revocation r, Actor actor) {
        if (!bySource(r)) {
            throw new RevocationException("Revocation " + r.id() + " not from the source",
                    Wording.of("revocation.source.notFromSource"));
        }
        if (!actor.clerkOf(r.agencyCode()) || actor.is(r.personUsername())) {
            throw new RevocationException(actor.username() + " is not the office of " + r.agencyCode(),
                    Wording.of("revocation.source.officeOnly"));
        }
    }

    private List<AccountView> open(String username) {
        return accounts.accountsOf(username).stream().filter(a -> a.status() != AccountStatus.CLOSED).toList();
    }

    private List<PersonInfo> offices(Revocation r) {
        return organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null);
    }

    private void publish(Revocation r, boolean open, String actor, String detail, LocalDate doneOn) {
        RevocationStage stage = open ? RevocationStage.OPEN : RevocationStage.DONE;
        events.publishEvent(new RequestStep(RequestKind.REVOCATION, r.id(), AccountRevocationProcess.businessKey(r),
                AccountRevocationProcess.businessKey(r), new RequestStep.Party(r.personUsername(),
                organization.nameOf(r.personUsername()), null), r.agencyCode(), r.unitCode(), stage.name(),
                stage.label(), open, r.deadline(), clock.instant(), actor, detail, doneOn));
    }

    private Revocation get(String key) {
        return revocations.findById(AccountRevocationProcess.revocationId(key)).orElseThrow(
                () -> new RevocationException("No revocation " + key, Wording.of("revocation.source.notFound")));
    }
}
