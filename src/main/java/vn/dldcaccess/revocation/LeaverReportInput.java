package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.dldcaccess.revocation.AccountRevocationProcess.*;

/**
 * The leaver report form → a validated report, every problem named: a person of the reporter's own unit (unit
 * head) or agency (office), a reason the form offers, a handover already done, plain texts, and accounts left
 * to close.
 */
@Component
class LeaverReportInput {
    static final int MAX_TEXT = 200;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final OrganizationDirectory organization;
    private final AccountRegister accounts;
    private final RevocationRepository revocations;
    private final Clock clock;

    LeaverReportInput(OrganizationDirectory organization, AccountRegister accounts, RevocationRepository revocations,
                      Clock clock) {
        this.organization = organization;
        this.accounts = accounts;
        this.revocations = revocations;
        this.clock = clock;
    }

    /** What a valid report says: whose accounts close, why, since when, and which systems stay. */
    record LeaverReport(PersonInfo person, LeaveReason reason, LocalDate handover, String newPosition,
                        String newAgency, Set<AccountSystem> keep, List<AccountView> open) {
    }

    LeaverReport validate(Map<String, Object> in, Actor reporter) {
        List<String> problems = new ArrayList<>();
        PersonInfo person = person(in.get(PERSON.name()), reporter, problems);
        LeaveReason reason = null;
        try {
            reason = LeaveReason.valueOf(String.valueOf(PlainText.line(in.get(REASON.name()), 40)));
            if (reason == LeaveReason.REVIEW) {
                // only a unit head's review closes marked accounts; a report names a real change of post
                reason = null;
                throw new IllegalArgumentException("review");
            }
        } catch (IllegalArgumentException e) {
            problems.add(Messages.text("revocation.reason.required"));
        }
        LocalDate handover = null;
        try {
            handover = FormValues.date(in.get(HANDOVER.name()));
            if (handover == null) {
                problems.add(Messages.text("revocation.handover.required"));
            } else if (handover.isAfter(LocalDate.now(clock.withZone(VN)))) {
                problems.add(Messages.text("revocation.handover.inFuture"));
            }
        } catch (DateTimeParseException e) {
            problems.add(Messages.text("revocation.handover.notADate", FormValues.notADate()));
        }
        String newPosition = text(in.get(NEW_POSITION.name()), Messages.text("revocation.newPosition.label"), problems);
        String newAgency = text(in.get(NEW_AGENCY.name()), Messages.text("revocation.newAgency.label"), problems);
        if (reason == LeaveReason.POSITION_CHANGE && newPosition == null) {
            problems.add(Messages.text("revocation.newPosition.required"));
        }
        if (reason == LeaveReason.TRANSFER && newAgency == null) {
            problems.add(Messages.text("revocation.newAgency.required"));
        }
        Set<AccountSystem> keep = EnumSet.noneOf(AccountSystem.class);
        try {
            for (String s : FormValues.strings(in.get(KEEP_SYSTEMS.name()))) {
                try {
                    keep.add(AccountSystem.valueOf(s));
                } catch (IllegalArgumentException e) {
                    problems.add(Messages.text("revocation.keep.unknownSystem", PlainText.line(s, 40)));
                }
            }
        } catch (IllegalArgumentException e) {
            problems.add(Messages.text("revocation.keep.invalid", e.getMessage()));
        }
        if (!keep.isEmpty() && reason != null && !reason.mayKeep()) {
            problems.add(Messages.text("revocation.keep.notAllowed", reason.label().toLowerCase()));
        }
        List<AccountView> open = person == null ? List.of() : accounts.accountsOf(person.username()).stream()
                .filter(a -> a.status() != AccountStatus.CLOSED).toList();
        if (person != null && open.isEmpty()) {
            problems.add(Messages.text("revocation.accounts.none", person.fullName()));
        } else if (!open.isEmpty() && open.stream().allMatch(a -> keep.contains(a.system()))) {
            problems.add(Messages.text("revocation.accounts.allKept"));
        }
        if (person != null && revocations.existsByOpenPerson(person.username())) {
            problems.add(Messages.text("revocation.report.openOne", person.fullName()));
        }
        if (!problems.isEmpty()) {
            throw new RevocationException("Leaver report refused: " + problems.size(),
                    Wording.of("revocation.report.refused", String.join("; ", problems)));
        }
        return new LeaverReport(person, reason, handover, newPosition, newAgency, keep, open);
    }

    /** The person reported: of the reporter's own unit (a unit head) or agency (the office; the admin stands in). */
    private PersonInfo person(Object raw, Actor reporter, List<String> problems) {
        String name;
        try {
            name = PlainText.line(raw, 64);
        } catch (IllegalArgumentException e) {
            problems.add(Messages.text("revocation.person.invalid", e.getMessage()));
            return null;
        }
        PersonInfo person = organization.person(name).orElse(null);
        if (person == null) {
            problems.add(Messages.text("revocation.person.unknown", name == null ? "" : name));
            return null;
        }
        if (reporter.is(person.username())) {
            problems.add(Messages.text("revocation.person.self"));
            return null;
        }
        if (!mayReport(reporter, person)) {
            problems.add(Messages.text("revocation.reporter.notAllowed"));
            return null;
        }
        return person;
    }

    /** The person's unit head or agency office (the administrator standing in), never the person herself. */
    static boolean mayReport(Actor reporter, PersonInfo person) {
        return !reporter.is(person.username()) && (reporter.clerkOf(person.agencyCode())
                || (person.unitCode() != null && reporter.isHeadOf(person.unitCode())));
    }

    private static String text(Object raw, String label, List<String> problems) {
        try {
            return PlainText.line(raw, MAX_TEXT);
        } catch (IllegalArgumentException e) {
            problems.add(Messages.text("revocation.field.invalid", label, e.getMessage()));
            return null;
        }
    }
}
