package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import static vn.dldcaccess.revocation.AccountRevocationProcess.businessKey;

/**
 * Each account of a report, closed by its system's administrators: what their task shows, who they are, PC06's
 * request for a DLDC account, and the record of the closing.
 */
@Component
@Transactional
class RevocationClosings {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RevocationRepository revocations;
    private final AccountRegister accounts;
    private final OrganizationDirectory organization;
    private final RevocationPeople people;
    private final RevocationMessages messages;
    private final RevocationTracking tracking;
    private final Clock clock;

    RevocationClosings(RevocationRepository revocations, AccountRegister accounts, OrganizationDirectory organization,
                       RevocationPeople people, RevocationMessages messages, RevocationTracking tracking, Clock clock) {
        this.revocations = revocations;
        this.accounts = accounts;
        this.organization = organization;
        this.people = people;
        this.messages = messages;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** @param dldc whether it is a DLDC account: PC06 revokes it first, through the aggregator's next batch */
    record ItemInfo(long revocationId, long itemId, String administratorsGroup, String summary, boolean dldc,
                    boolean officialEmail) {
        ItemInfo(long revocationId, long itemId, String administratorsGroup, String summary, boolean dldc) {
            this(revocationId, itemId, administratorsGroup, summary, dldc, false);
        }
    }

    @Transactional(readOnly = true)
    ItemInfo item(String key, long itemId) {
        Revocation r = revocations.require(key);
        RevocationItem i = item(r, itemId);
        boolean dldc = i.system() == AccountSystem.DLDC_TTHC;
        return new ItemInfo(r.id(), i.id(), administrators(r, i), messages.closeTask(r, i,
                people.name(r.personUsername()), dldc), dldc, i.system() == AccountSystem.OFFICIAL_EMAIL);
    }

    /** Issue 22: the address of an official e-mail item, for the mail directory; null for another system's. */
    @Transactional(readOnly = true)
    String officialMailbox(String key, long itemId) {
        RevocationItem i = item(revocations.require(key), itemId);
        return i.system() == AccountSystem.OFFICIAL_EMAIL ? i.username() : null;
    }

    /**
     * Issue 22: the mail directory disabled the account today; the application records the closing
     * ("Hệ thống (tự động)"), and the office's task is skipped. The same closing twice is a no-op.
     */
    boolean recordClosedInMailDirectory(String key, long itemId) {
        Revocation r = revocations.require(key);
        RevocationItem i = item(r, itemId);
        LocalDate today = LocalDate.now(clock.withZone(VN));
        return record(r, i, today, Actor.system(), Messages.text("revocation.history.inMailDirectory"));
    }

    /** The "đề nghị thu hồi tài khoản" for a DLDC account, for the aggregator's next batch to PC06. */
    @Transactional(readOnly = true)
    vn.dldcaccess.aggregation.Pc06RevocationRequest pc06Request(String key, long itemId) {
        Revocation r = revocations.require(key);
        RevocationItem i = item(r, itemId);
        return new vn.dldcaccess.aggregation.Pc06RevocationRequest(i.id(), businessKey(r), r.agencyCode(),
                r.personUsername(), people.name(r.personUsername()), i.username(), r.reason().label());
    }

    /** The administrator's record of the closing; the same closing twice is a no-op. */
    boolean recordClosed(String key, long itemId, Object closedOnRaw, Actor actor) {
        Revocation r = revocations.require(key);
        RevocationItem i = item(r, itemId);
        LocalDate on;
        try {
            on = FormValues.date(closedOnRaw);
        } catch (DateTimeParseException e) {
            throw new RevocationException("Bad date", Wording.of("revocation.closedOn.notADate", FormValues.notADate()));
        }
        if (on == null) {
            throw new RevocationException("No date", Wording.of("revocation.closedOn.required"));
        }
        if (on.isAfter(LocalDate.now(clock.withZone(VN)))) {
            throw new RevocationException("Future date", Wording.of("revocation.closedOn.inFuture"));
        }
        LocalDate granted = accounts.account(i.accountId()).grantedOn();
        if (granted != null && on.isBefore(granted)) {
            throw new RevocationException("Closed before granted", Wording.of("revocation.closedOn.beforeGranted",
                    PdfDocuments.dmy(granted)));
        }
        return record(r, i, on, actor, "");
    }

    private boolean record(Revocation r, RevocationItem i, LocalDate on, Actor actor, String how) {
        boolean now = i.close(on, actor, r.agencyCode(), r.personUsername(), clock.instant());
        if (now) {
            String day = PdfDocuments.dmy(on) + how;
            accounts.close(i.accountId(), actor, Messages.text("revocation.history.closed", day,
                    r.reason().label().toLowerCase()));
            tracking.track(r, actor.username(), Messages.text("revocation.tracking.closed", i.username(),
                    i.system().label(), day), null);
        }
        return now;
    }

    /**
     * Who closes one account of the report: that system's administrators (their group); when the person leaving is
     * one of them, the others by name (issue 23: nobody closes her own account).
     */
    @Transactional(readOnly = true)
    Deciders closers(String key, long itemId) {
        Revocation r = revocations.require(key);
        return closers(r, item(r, itemId));
    }

    /** That system's administrators' group (the model before issue 23 names it). */
    @Transactional(readOnly = true)
    String administratorsGroup(String key, long itemId) {
        Revocation r = revocations.require(key);
        return administrators(r, item(r, itemId));
    }

    @Transactional(readOnly = true)
    LocalDate deadline(String key) {
        return revocations.require(key).deadline();
    }

    private Deciders closers(Revocation r, RevocationItem i) {
        return i.system() == AccountSystem.DLDC_TTHC
                ? organization.roleBut(Role.TTHC_ADMIN, null, List.of(r.personUsername()))
                : organization.roleBut(Role.AGENCY_OFFICE, r.agencyCode(), List.of(r.personUsername()));
    }

    /** An item of this very report (never one of another). */
    private static RevocationItem item(Revocation r, long itemId) {
        return r.item(itemId).orElseThrow(() -> new RevocationException("No item " + itemId + " in " + r.id(),
                Wording.of("revocation.item.notFound")));
    }

    /** That system's administrators: the TTHC administrators for DLDC, the agency office for the others. */
    static String administrators(Revocation r, RevocationItem i) {
        return i.system() == AccountSystem.DLDC_TTHC ? Groups.TTHC_ADMINS : Groups.agencyOffice(r.agencyCode());
    }
}
