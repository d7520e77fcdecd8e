package vn.dldcaccess.account;

import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.organization.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** The account register's public API: enter, suspend, reactivate, close, read. No engine types. */
@Service
@Transactional
public class AccountRegister {
    private static final Logger log = LoggerFactory.getLogger(AccountRegister.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountRegister(AccountRepository accounts, PasswordPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Enters an active account; refused with the reasons in Vietnamese when the data are wrong. */
    public AccountView open(NewAccount a, Actor actor) {
        List<String> problems = new ArrayList<>();
        if (a.username() == null || a.username().isEmpty()) {
            problems.add(Messages.text("account.username.required"));
        } else if (!a.username().matches("[A-Za-z0-9._@+\\-]{2,100}")) {
            problems.add(Messages.text("account.username.invalid"));
        } else if (accounts.existsByOpenKey(Account.openKey(a.system(), a.username()))) {
            problems.add(Messages.text("account.username.taken", a.username(), a.system().label()));
        }
        if (a.holderName() == null || a.holderName().isEmpty()) {
            problems.add(Messages.text("account.holder.required"));
        }
        LocalDate today = LocalDate.now(clock.withZone(VN));
        if (a.grantedOn() == null) {
            problems.add(Messages.text("account.grantedOn.required"));
        } else if (a.grantedOn().isAfter(today)) {
            problems.add(Messages.text("account.grantedOn.inFuture"));
        }
        if (!problems.isEmpty()) {
            throw new AccountException("Account refused: " + problems.size() + " problems",
                    Wording.of("account.open.refused", String.join("; ", problems)));
        }
        try {
            Account saved = accounts.saveAndFlush(new Account(a, actor, clock.instant()));
            log.info("Account {} on {} entered for {}", saved.id(), a.system(), a.holderUsername());
            events.publishEvent(new AccountOpened(saved.id(), a.system(), a.holderUsername(), a.agencyCode(),
                    a.unitCode()));
            return view(saved);
        } catch (DataIntegrityViolationException concurrentSameName) {
            throw new AccountException("Concurrent account with the same user name",
                    Wording.of("account.open.taken", a.username()));
        }
    }

    public AccountView suspend(long id, Actor actor, String reason) {
        Account a = get(id);
        a.suspend(actor, requireReason(reason), clock.instant());
        return view(a);
    }

    public AccountView reactivate(long id, Actor actor, String reason) {
        Account a = get(id);
        a.reactivate(actor, requireReason(reason), clock.instant());
        return view(a);
    }

    /** @return whether it was closed now (false: it was already closed) */
    public boolean close(long id, Actor actor, String reason) {
        Account a = get(id);
        boolean closed = a.close(actor, requireReason(reason), clock.instant());
        if (closed) {
            events.publishEvent(new AccountClosed(a.id(), a.holderUsername()));
        }
        return closed;
    }

    /** The holder's confirmation of a password change; the next one is due a period after it. */
    public AccountView recordPasswordChange(long id, LocalDate changedOn, Actor actor) {
        Account a = get(id);
        LocalDate due = a.passwordStatus(policy).passwordDueOn();
        if (a.recordPasswordChange(changedOn, today(), actor, clock.instant())) {
            events.publishEvent(new PasswordChangeRecorded(a.id(), a.agencyCode(), a.unitCode(),
                    changedOn != null && !changedOn.isAfter(due)));
        }
        return view(a);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VN));
    }

    private AccountView view(Account a) {
        return a.view(policy, today());
    }

    @Transactional(readOnly = true)
    public AccountView account(long id) {
        return view(get(id));
    }

    /** For the password timers, which fire in storms: one row, no history. */
    @Transactional(readOnly = true)
    public PasswordStatus passwordStatus(long id) {
        return get(id).passwordStatus(policy);
    }

    @Transactional(readOnly = true)
    public List<AccountView> accountsOf(String holderUsername) {
        return accounts.findByHolderUsernameOrderByIdAsc(holderUsername).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<AccountView> accountsOfAgency(String agencyCode) {
        return accounts.findByAgencyCodeOrderByIdAsc(agencyCode).stream().map(this::view).toList();
    }

    /** Every account on one system (the TTHC administrators provision and close every DLDC account). */
    @Transactional(readOnly = true)
    public List<AccountView> accountsOnSystem(AccountSystem system) {
        return accounts.findBySystemOrderByIdAsc(system).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<AccountView> accountsOfUnit(String unitCode) {
        return accounts.findByUnitCodeOrderByIdAsc(unitCode).stream().map(this::view).toList();
    }

    /**
     * The citizen id the holder's account on {@code system} under {@code username} was entered with (a DLDC account
     * granted from a registration has it; one entered by hand may not): PC06 identifies people by it (issue 21).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> holderCitizenId(String holderUsername, AccountSystem system, String username) {
        return accounts.findByHolderUsernameOrderByIdAsc(holderUsername).stream()
                .filter(a -> a.system() == system && username.equals(a.username()))
                .map(Account::holderCitizenId).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Whether the citizen holds a DLDC account that is not closed: a new registration would be a second one. */
    @Transactional(readOnly = true)
    public boolean holdsOpenAccount(String citizenId, AccountSystem system) {
        return accounts.existsByHolderCitizenIdAndSystemAndStatusIn(citizenId, system,
                EnumSet.of(AccountStatus.ACTIVE, AccountStatus.SUSPENDED));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AccountException("Change without reason", Wording.of("account.change.reasonRequired"));
        }
        return java.text.Normalizer.normalize(reason.strip(), java.text.Normalizer.Form.NFC);
    }

    private Account get(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountException("No account " + id,
                Wording.of("account.notFound")));
    }
}
