package vn.dldcaccess.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change of an account: who, when, from which status to which, and why. */
@Entity
@Table(name = "acc_account_event")
class AccountEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AccountStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private AccountStatus toStatus;
    private String detail;

    protected AccountEvent() {
    }

    AccountEvent(Instant occurredAt, String actor, AccountStatus fromStatus, AccountStatus toStatus, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.detail = detail;
    }

    AccountHistoryEntry view() {
        return new AccountHistoryEntry(occurredAt, actor, fromStatus, toStatus, detail);
    }
}
