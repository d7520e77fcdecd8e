package vn.dldcaccess.revocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.dldcaccess.account.AccountSystem;

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

    /** @return false when it had been recorded already (the same closure twice is a no-op) */
    boolean close(LocalDate on, String by, Instant at) {
        if (kept) {
            throw new RevocationException("Kept account " + accountId + " closed",
                    "Tài khoản " + username + " được giữ lại, không thuộc danh sách đóng.");
        }
        if (closedOn != null) {
            return false;
        }
        this.closedOn = on;
        this.closedBy = by;
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
