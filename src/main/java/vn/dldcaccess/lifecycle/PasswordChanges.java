package vn.dldcaccess.lifecycle;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.shared.AccountOfRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.account.PasswordStatus;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The password side of an account's life: due or not, the holder's confirmation, reminders. No engine types. */
@Service
@Transactional
public class PasswordChanges {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AccountRegister accounts;
    private final OrganizationDirectory organization;
    private final Notifier notifier;
    private final Clock clock;
    private final List<AccountOfRequest> otherRequests;

    private final PasswordMessages messages;

    PasswordChanges(AccountRegister accounts, OrganizationDirectory organization, Notifier notifier,
                    PasswordMessages messages, Clock clock, List<AccountOfRequest> otherRequests) {
        this.messages = messages;
        this.accounts = accounts;
        this.otherRequests = otherRequests;
        this.organization = organization;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Whether the change is due, and what the holder's task shows. */
    record Check(boolean due, String holder, String summary) {
    }

    /** A change confirmed since the timer was set (after an authorization, say) moves the due date on. */
    @Transactional(readOnly = true)
    Check check(long accountId) {
        PasswordStatus a = accounts.passwordStatus(accountId);
        boolean due = !a.passwordDueOn().isAfter(LocalDate.now(clock.withZone(VN)));
        String summary = messages.changeTask(a.username(), a.system().label(), a.passwordChangedOn() == null
                ? a.grantedOn() : a.passwordChangedOn(), a.passwordChangedOn() == null, a.passwordDueOn());
        return new Check(due, a.holderUsername(), summary);
    }

    /** The holder logged in confirms the date (the account refuses anyone else). */
    void record(long accountId, LocalDate changedOn, Actor actor) {
        accounts.recordPasswordChange(accountId, changedOn, actor);
    }

    /**
     * The account a process's password steps act on, from its business key: an account's own lifecycle
     * ("TK-…"), or a request of another feature that names its account (a giấy ủy quyền).
     */
    @Transactional(readOnly = true)
    long accountOf(String businessKey) {
        return AccountLifecycleProcess.accountId(businessKey)
                .or(() -> otherRequests.stream().map(r -> r.accountOf(businessKey)).flatMap(java.util.Optional::stream)
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("No account for process " + businessKey));
    }

    /** Who confirms the change: the account's holder. */
    @Transactional(readOnly = true)
    String holderOf(String businessKey) {
        return accounts.passwordStatus(accountOf(businessKey)).holderUsername();
    }

    void remindHolder(long accountId) {
        AccountView a = accounts.account(accountId);
        notify(organization.person(a.holderUsername()).map(List::of).orElse(List.of()), a, messages.due(a));
    }

    void escalateToUnitHead(long accountId) {
        AccountView a = accounts.account(accountId);
        notify(organization.peopleWithRole(Role.UNIT_HEAD, a.agencyCode(), a.unitCode()), a, messages.overdue(a));
    }

    void escalateToOffice(long accountId) {
        AccountView a = accounts.account(accountId);
        notify(organization.peopleWithRole(Role.AGENCY_OFFICE, a.agencyCode(), null), a, messages.overdue(a));
    }

    private void notify(List<PersonInfo> to, AccountView a, DocumentTexts.Message m) {
        notifier.notify(to, m.subject(), m.body(), AccountLifecycleProcess.businessKey(a.id()));
    }
}
