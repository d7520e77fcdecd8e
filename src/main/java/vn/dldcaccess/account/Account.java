package vn.dldcaccess.account;

import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.organization.Actor;

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
import vn.dldcaccess.shared.Wording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One account of one person on one system. Status changes only through its guarded methods, each recorded. */
@Entity
@Table(name = "acc_account")
class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "account_system")
    private AccountSystem system;
    @Column(name = "account_username")
    private String username;
    @Column(name = "holder_username")
    private String holderUsername;
    @Column(name = "holder_name")
    private String holderName;
    @Column(name = "holder_citizen_id")
    private String holderCitizenId;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "unit_code")
    private String unitCode;
    @Column(name = "granted_on")
    private LocalDate grantedOn;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Column(name = "registration_id")
    private Long registrationId;
    /** Set while not closed; its unique index allows one open account per system and user name. */
    @Column(name = "open_key")
    private String openKey;
    @Column(name = "password_changed_on")
    private LocalDate passwordChangedOn;
    @Version
    private int version;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // the key goes into the child's INSERT; without updatable = false Hibernate sets it again by an UPDATE per row
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<AccountEvent> events = new ArrayList<>();

    protected Account() {
    }

    /** DLDC accounts are entered by the TTHC administrators who create them; the others by the agency's office. */
    Account(NewAccount a, Actor actor, Instant at) {
        requireAdministrator(actor, a.system(), a.agencyCode(), a.holderUsername(), "enter");
        this.system = a.system();
        this.username = a.username();
        this.holderUsername = a.holderUsername();
        this.holderName = a.holderName();
        this.holderCitizenId = a.holderCitizenId();
        this.agencyCode = a.agencyCode();
        this.unitCode = a.unitCode();
        this.grantedOn = a.grantedOn();
        this.registrationId = a.registrationId();
        this.status = AccountStatus.ACTIVE;
        this.openKey = openKey(a.system(), a.username());
        events.add(new AccountEvent(at, actor.username(), null, AccountStatus.ACTIVE,
                Messages.text(a.registrationId() == null ? "account.history.recorded" : "account.history.provisioned")));
    }

    static String openKey(AccountSystem system, String username) {
        return system.name() + ":" + username.toLowerCase(Locale.ROOT);
    }

    void suspend(Actor actor, String reason, Instant at) {
        requireAdministrator(actor, system, agencyCode, holderUsername, "suspend");
        require(AccountStatus.ACTIVE, "suspend");
        move(AccountStatus.SUSPENDED, actor, reason, at);
    }

    void reactivate(Actor actor, String reason, Instant at) {
        requireAdministrator(actor, system, agencyCode, holderUsername, "reactivate");
        require(AccountStatus.SUSPENDED, "reactivate");
        move(AccountStatus.ACTIVE, actor, reason, at);
    }

    /** Closing twice is a no-op (false); an account is closed from active or suspended. */
    boolean close(Actor actor, String reason, Instant at) {
        // issue 22: the application itself closes an official e-mail account it disabled in the mail directory
        if (!(actor.isSystem() && system == AccountSystem.OFFICIAL_EMAIL)) {
            requireAdministrator(actor, system, agencyCode, holderUsername, "close");
        }
        if (status == AccountStatus.CLOSED) {
            return false;
        }
        openKey = null;
        move(AccountStatus.CLOSED, actor, reason, at);
        return true;
    }

    /**
     * The holder confirms the date the password was changed (never the password). A date before the last
     * recorded change, before the grant, or in the future is refused; the same date again is a no-op.
     */
    boolean recordPasswordChange(LocalDate changedOn, LocalDate today, Actor actor, Instant at) {
        if (!actor.is(holderUsername)) {
            throw new AccountException(actor.username() + " is not the holder of account " + id,
                    Wording.of("account.password.notHolder", username));
        }
        if (status == AccountStatus.CLOSED) {
            throw new AccountException("Account " + id + " closed", Wording.of("account.password.closed", username));
        }
        if (changedOn == null) {
            throw new AccountException("No date", Wording.of("account.password.dateRequired"));
        }
        if (changedOn.isAfter(today)) {
            throw new AccountException("Future date", Wording.of("account.password.dateInFuture"));
        }
        if (changedOn.isBefore(grantedOn) || (passwordChangedOn != null && changedOn.isBefore(passwordChangedOn))) {
            throw new AccountException("Date before last change",
                    Wording.of("account.password.dateBeforeLast", lastChange()));
        }
        if (changedOn.equals(passwordChangedOn)) {
            return false;
        }
        passwordChangedOn = changedOn;
        events.add(new AccountEvent(at, actor.username(), status, status, Messages.text("account.history.passwordChanged",
                changedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))));
        return true;
    }

    /** The last change, or the grant date when there was none (a new account's password is set at grant). */
    LocalDate lastChange() {
        return passwordChangedOn == null ? grantedOn : passwordChangedOn;
    }

    /** @param action the change refused, as the bundle names it ("account.action.<action>") */
    private void require(AccountStatus expected, String action) {
        if (status != expected) {
            throw new AccountException("Account " + id + " is " + status + ", expected " + expected,
                    Wording.of("account.change.notInStatus", Wording.of("account.action." + action), username,
                            status.label()));
        }
    }

    /**
     * Who administers an account on its system: the TTHC administrators for DLDC (never anyone else), the
     * agency's own office for iOffice and official e-mail (or the administrator standing in); never the holder
     * herself (issue 23: nobody enters, locks, reopens or closes her own account).
     */
    private static void requireAdministrator(Actor actor, AccountSystem system, String agencyCode, String holder,
                                             String action) {
        Wording what = Wording.of("account.action." + action);
        boolean allowed = system == AccountSystem.DLDC_TTHC ? actor.has(vn.dldcaccess.organization.Role.TTHC_ADMIN)
                : actor.clerkOf(agencyCode);
        if (!allowed) {
            throw new AccountException(actor.username() + " may not administer a " + system + " account of " + agencyCode,
                    system == AccountSystem.DLDC_TTHC ? Wording.of("account.administrator.onlyTthc", what)
                            : Wording.of("account.administrator.onlyOffice", what, system.label()));
        }
        if (actor.is(holder)) {
            throw new AccountException(actor.username() + " may not administer own " + system + " account",
                    Wording.of(system == AccountSystem.DLDC_TTHC ? "account.administrator.notOwnDldc"
                            : "account.administrator.notOwnOffice", what, system.label()));
        }
    }

    /** The holder's agency became another (issue 22 part 2): the account goes with it, its history says so. */
    void moveToAgency(String into, String detail, Instant at) {
        this.agencyCode = into;
        events.add(new AccountEvent(at, Actor.system().username(), status, status, detail));
    }

    private void move(AccountStatus next, Actor actor, String detail, Instant at) {
        events.add(new AccountEvent(at, actor.username(), status, next, detail));
        status = next;
    }

    PasswordStatus passwordStatus(PasswordPolicy policy) {
        return new PasswordStatus(id, system, username, holderUsername, status, grantedOn, passwordChangedOn,
                lastChange().plusDays(policy.periodDays(system)));
    }

    AccountView view(PasswordPolicy policy, LocalDate today) {
        LocalDate due = lastChange().plusDays(policy.periodDays(system));
        return new AccountView(id, system, username, holderUsername, holderName, agencyCode, unitCode, grantedOn,
                status, registrationId, events.stream().map(AccountEvent::view).toList(), passwordChangedOn, due,
                status != AccountStatus.CLOSED && today.isAfter(due));
    }

    Long id() { return id; }
    AccountSystem system() { return system; }
    String username() { return username; }
    String holderUsername() { return holderUsername; }
    String holderCitizenId() { return holderCitizenId; }
    String unitCode() { return unitCode; }
    AccountStatus status() { return status; }
    String agencyCode() { return agencyCode; }
}
