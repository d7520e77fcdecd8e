package vn.dldcaccess.revocation;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;
import java.time.LocalDate;

/** One account of the person: kept (a move within the agency) or to be closed by the deadline. */
@Entity
@Table(name = "rev_item")
class RevocationItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "account_id")
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "account_system")
    private AccountSystem system;
    @Column(name = "account_username")
    private String username;
    private boolean kept;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "closed_by")
    private String closedBy;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "position_no")
    private int position;

    protected RevocationItem() {
    }

    RevocationItem(long accountId, AccountSystem system, String username, boolean kept, int position) {
        this.accountId = accountId;
        this.system = system;
        this.username = username;
        this.kept = kept;
        this.position = position;
    }

    /**
     * Closed by that system's administrators: the TTHC administrators for DLDC, the agency's office (or the
     * administrator standing in) for iOffice and official e-mail, or the application for an official e-mail account
     * it disabled in the mail directory (issue 22); never by its holder (issue 23).
     * @return false when it had been recorded already (the same closure twice is a no-op)
     */
    boolean close(LocalDate on, Actor by, String agencyCode, String holder, Instant at) {
        boolean allowed = system == AccountSystem.DLDC_TTHC ? by.has(Role.TTHC_ADMIN)
                : by.clerkOf(agencyCode) || (by.isSystem() && system == AccountSystem.OFFICIAL_EMAIL);
        if (!allowed) {
            throw new RevocationException(by.username() + " may not close " + system + " account " + accountId,
                    system == AccountSystem.DLDC_TTHC ? Wording.of("revocation.close.tthcOnly")
                            : Wording.of("revocation.close.officeOnly", system.label()));
        }
        if (by.is(holder)) {
            throw new RevocationException(by.username() + " may not close own account " + accountId,
                    Wording.of(system == AccountSystem.DLDC_TTHC ? "revocation.close.notOwnDldc"
                            : "revocation.close.notOwnOffice", username));
        }
        if (kept) {
            throw new RevocationException("Kept account " + accountId + " closed",
                    Wording.of("revocation.close.kept", username));
        }
        if (closedOn != null) {
            return false;
        }
        this.closedOn = on;
        this.closedBy = by.username();
        this.closedAt = at;
        return true;
    }

    Long id() { return id; }
    long accountId() { return accountId; }
    AccountSystem system() { return system; }
    String username() { return username; }
    boolean kept() { return kept; }
    LocalDate closedOn() { return closedOn; }
    String closedBy() { return closedBy; }
}
