package vn.dldcaccess.revocation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.authorization.AuthorizationLetters;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static vn.dldcaccess.revocation.AccountRevocationProcess.businessKey;

/**
 * The report that opens a revocation (its intake): a leaver report, or the accounts a review marked; the deadline
 * it sets. The closings, the notice, the reminders and the register are {@link RevocationClosings},
 * {@link RevocationNotice}, {@link RevocationReminders} and {@link RevocationTracking}. No engine types.
 */
@Service
@Transactional
class RevocationService {
    private static final Logger log = LoggerFactory.getLogger(RevocationService.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RevocationRepository revocations;
    private final AccountRegister accounts;
    private final AuthorizationLetters authorizations;
    private final OrganizationDirectory organization;
    private final TimerDates workingDays;
    private final RevocationProperties properties;
    private final RevocationMessages messages;
    private final Notifier notifier;
    private final RevocationPeople people;
    private final RevocationTracking tracking;
    private final Clock clock;

    RevocationService(RevocationRepository revocations, AccountRegister accounts, AuthorizationLetters authorizations,
                      OrganizationDirectory organization, TimerDates workingDays, RevocationProperties properties,
                      RevocationMessages messages, Notifier notifier, RevocationPeople people,
                      RevocationTracking tracking, Clock clock) {
        this.revocations = revocations;
        this.accounts = accounts;
        this.authorizations = authorizations;
        this.organization = organization;
        this.workingDays = workingDays;
        this.properties = properties;
        this.messages = messages;
        this.notifier = notifier;
        this.people = people;
        this.tracking = tracking;
        this.clock = clock;
    }

    record Opened(String businessKey, List<Long> itemsToClose, LocalDate deadline, String summary) {
    }

    /** A report by the person's unit head or agency office (validated by {@link LeaverReportInput}). */
    Opened report(LeaverReportInput.LeaverReport rep, Actor reporter) {
        List<RevocationItem> items = new ArrayList<>();
        int n = 0;
        for (AccountView a : rep.open()) {
            items.add(new RevocationItem(a.id(), a.system(), a.username(), rep.keep().contains(a.system()), n++));
        }
        Revocation r = open(rep.person(), rep.reason(), rep.handover(), rep.newPosition(), rep.newAgency(), reporter,
                items);
        // letter 2932: authorizations of a person who leaves end at once
        authorizations.cancelAllOf(rep.person().username(), Messages.text("revocation.authorization.cancelReason", rep.reason().label().toLowerCase()));
        return opened(r);
    }

    /**
     * The accounts a unit head marked in a review: only those close, every other one of the person is kept. The
     * review's step checked the unit head; the report checks again that they may report this person.
     */
    long afterReview(String personUsername, List<Long> accountIds, Actor reporter) {
        PersonInfo person = organization.person(personUsername).orElseThrow(() -> new RevocationException(
                "Unknown person " + personUsername, Wording.of("revocation.person.notFound")));
        List<AccountView> open = accounts.accountsOf(person.username()).stream()
                .filter(a -> a.status() != AccountStatus.CLOSED).toList();
        if (open.stream().noneMatch(a -> accountIds.contains(a.id()))) {
            throw new RevocationException("Nothing marked", Wording.of("revocation.accounts.noneMarked"));
        }
        if (revocations.existsByOpenPerson(person.username())) {
            throw new RevocationException("Open report for " + personUsername, Wording.of("revocation.report.openOneFirst",
                    person.fullName()));
        }
        List<RevocationItem> items = new ArrayList<>();
        int n = 0;
        for (AccountView a : open) {
            items.add(new RevocationItem(a.id(), a.system(), a.username(), !accountIds.contains(a.id()), n++));
        }
        return open(person, LeaveReason.REVIEW, LocalDate.now(clock.withZone(VN)), null, null, reporter, items).id();
    }

    /** The report a review (or a source: issue 22) opened before its process started (its business key given at the start). */
    @Transactional(readOnly = true)
    Opened openedByReview(String key) {
        Revocation r = revocations.require(key);
        if (r.reason() != LeaveReason.REVIEW && !SourceClosings.bySource(r)) {
            throw new IllegalStateException("Revocation " + key + " was not opened by a review");
        }
        return opened(r);
    }

    private Revocation open(PersonInfo person, LeaveReason reason, LocalDate handover, String newPosition,
                            String newAgency, Actor reporter, List<RevocationItem> items) {
        if (!LeaverReportInput.mayReport(reporter, person)) {
            throw new RevocationException(reporter.username() + " may not report " + person.username(),
                    Wording.of("revocation.reporter.notAllowedShort"));
        }
        LocalDate deadline = deadlineFor(handover);
        Revocation r = revocations.saveAndFlush(new Revocation(person.username(), person.agencyCode(), person.unitCode(),
                reason, handover, deadline, newPosition, newAgency, reporter.username(), items, clock.instant()));
        log.info("Revocation {} opened for {} accounts, deadline {}", r.id(), items.size(), deadline);
        tracking.track(r, reporter.username(), Messages.text("revocation.tracking.reported", reason.label(), PdfDocuments.dmy(handover),
                PdfDocuments.dmy(deadline)), null);
        DocumentTexts.Message m = messages.reported(r, person.fullName());
        notifier.notify(people.offices(r), m.subject(), m.body(), businessKey(r));
        return r;
    }

    private Opened opened(Revocation r) {
        return new Opened(businessKey(r), r.items().stream().filter(i -> !i.kept()).map(RevocationItem::id).toList(),
                r.deadline(), messages.summary(r, people.name(r.personUsername())));
    }

    /** Handover + 5 calendar days ("05 ngày"), or working days when so configured. */
    LocalDate deadlineFor(LocalDate handover) {
        return properties.workingDays() ? workingDays.addWorkingDays(handover, properties.deadlineDays())
                : handover.plusDays(properties.deadlineDays());
    }
}
