package vn.dldcaccess.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.dldcaccess.account.AccountSystem;

/** One account as the unit head judged it: kept, or to be closed with a reason. */
@Entity
@Table(name = "rvw_decision")
class ReviewDecision {
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
    @Column(name = "holder_username")
    private String holderUsername;
    @Column(name = "keep_account")
    private boolean keep;
    private String reason;

    protected ReviewDecision() {
    }

    ReviewDecision(long accountId, AccountSystem system, String username, String holderUsername, boolean keep,
                   String reason) {
        this.accountId = accountId;
        this.system = system;
        this.username = username;
        this.holderUsername = holderUsername;
        this.keep = keep;
        this.reason = reason;
    }

    long accountId() { return accountId; }
    AccountSystem system() { return system; }
    String username() { return username; }
    String holderUsername() { return holderUsername; }
    boolean keep() { return keep; }
    String reason() { return reason; }
}
