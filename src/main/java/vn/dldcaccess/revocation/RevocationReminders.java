package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static vn.dldcaccess.revocation.AccountRevocationProcess.businessKey;

/** Closings still pending: the administrators reminded, the office and its leadership told when late, the digest. */
@Component
@Transactional
class RevocationReminders {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RevocationRepository revocations;
    private final OrganizationDirectory organization;
    private final RevocationPeople people;
    private final TimerDates workingDays;
    private final RevocationMessages messages;
    private final Notifier notifier;
    private final Clock clock;

    RevocationReminders(RevocationRepository revocations, OrganizationDirectory organization, RevocationPeople people,
                        TimerDates workingDays, RevocationMessages messages, Notifier notifier, Clock clock) {
        this.revocations = revocations;
        this.organization = organization;
        this.people = people;
        this.workingDays = workingDays;
        this.messages = messages;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Administrators of each pending account, before the deadline. */
    void remindAdministrators(String key) {
        Revocation r = revocations.require(key);
        for (RevocationItem i : pending(r)) {
            DocumentTexts.Message m = messages.reminder(r, i, people.name(r.personUsername()));
            notifier.notify(organization.membersOf(RevocationClosings.administrators(r, i)).stream()
                    .filter(p -> !p.username().equals(r.personUsername())).toList(), m.subject(), m.body(),
                    businessKey(r));
        }
    }

    /** The agency office and its leadership, at the deadline and every day after it. */
    void escalateOverdue(String key) {
        Revocation r = revocations.require(key);
        List<RevocationItem> pending = pending(r);
        if (pending.isEmpty()) {
            return;
        }
        List<PersonInfo> to = new ArrayList<>(people.offices(r));
        to.addAll(organization.peopleWithRole(Role.DIRECTOR, r.agencyCode(), null));
        DocumentTexts.Message m = messages.overdue(r, pending, people.name(r.personUsername()));
        notifier.notify(to, m.subject(), m.body(), businessKey(r));
    }

    /** Each morning, each agency office: every closure still pending, with its days left (negative: late). */
    int sendPendingDigests() {
        if (!workingDays.isWorkingDayToday()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock.withZone(VN));
        Map<String, List<Map<String, Object>>> lines = new java.util.TreeMap<>();
        for (Revocation r : revocations.findByStatus("OPEN")) {
            for (RevocationItem i : pending(r)) {
                lines.computeIfAbsent(r.agencyCode(), k -> new ArrayList<>())
                        .add(RevocationMessages.digestLine(r, i, people.name(r.personUsername()), today));
            }
        }
        lines.forEach((agency, l) -> {
            DocumentTexts.Message m = messages.digest(l);
            notifier.notify(organization.peopleWithRole(Role.AGENCY_OFFICE, agency, null), m.subject(), m.body(),
                    "DONG-TK-" + agency);
        });
        return lines.size();
    }

    private static List<RevocationItem> pending(Revocation r) {
        return r.items().stream().filter(i -> !i.kept() && i.closedOn() == null).toList();
    }
}
