package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.organization.Actor;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** One difference a run found: open until the office acts on it once (each action fits some kinds only). */
@Entity
@Table(name = "rec_difference")
class Difference {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "run_id")
    private long runId;
    @Enumerated(EnumType.STRING)
    @Column(name = "account_system")
    private AccountSystem system;
    @Enumerated(EnumType.STRING)
    private DifferenceKind kind;
    @Column(name = "account_username")
    private String username;
    @Column(name = "file_line")
    private Integer fileLine;
    @Enumerated(EnumType.STRING)
    @Column(name = "system_status")
    private SystemStatus systemStatus;
    @Column(name = "file_holder")
    private String fileHolder;
    @Column(name = "file_name_of")
    private String fileHolderName;
    @Column(name = "account_id")
    private Long accountId;
    @Enumerated(EnumType.STRING)
    @Column(name = "register_status")
    private AccountStatus registerStatus;
    @Column(name = "holder_username")
    private String holderUsername;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "unit_code")
    private String unitCode;
    private String detail;
    @Enumerated(EnumType.STRING)
    private DifferenceStatus status;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    private String resolution;
    @Version
    private int version;

    protected Difference() {
    }

    /** The holder's agency became another (issue 22 part 2): that agency's office takes it on. */
    void moveToAgency(String into) {
        this.agencyCode = into;
    }

    /** The actions that fit this difference while it is open. */
    Set<DifferenceAction> actions() {
        if (status != DifferenceStatus.OPEN) {
            return EnumSet.noneOf(DifferenceAction.class);
        }
        boolean open = registerStatus != null && registerStatus != AccountStatus.CLOSED;
        return switch (kind) {
            case CREATED_OUTSIDE -> EnumSet.of(DifferenceAction.RECORD, DifferenceAction.DISMISS);
            case HOLDER_LEFT -> EnumSet.of(DifferenceAction.START_CLOSING, DifferenceAction.CORRECT, DifferenceAction.DISMISS);
            case GONE_THERE -> EnumSet.of(DifferenceAction.CORRECT, DifferenceAction.DISMISS);
            case STATUS_DIFFERS -> open ? EnumSet.of(DifferenceAction.START_CLOSING, DifferenceAction.CORRECT,
                    DifferenceAction.DISMISS) : EnumSet.of(DifferenceAction.DISMISS);
        };
    }

    /** A difference is acted on once, with an action that fits its kind. */
    void requireFits(DifferenceAction action) {
        if (status != DifferenceStatus.OPEN) {
            throw new ReconciliationException("Difference " + id + " is " + status,
                    Wording.of("reconciliation.difference.done", status.label().toLowerCase()));
        }
        if (!actions().contains(action)) {
            throw new ReconciliationException("Action " + action + " does not fit " + kind,
                    Wording.of("reconciliation.action.notFitting", action.label().toLowerCase(), kind.label()));
        }
    }

    /** Records what the office did. */
    void resolve(DifferenceAction action, Actor actor, String note, Instant at) {
        requireFits(action);
        this.status = action.outcome();
        this.resolvedBy = actor.username();
        this.resolvedAt = at;
        this.resolution = note == null ? null : note.length() > 500 ? note.substring(0, 500) : note;
    }

    Long id() { return id; }
    long runId() { return runId; }
    AccountSystem system() { return system; }
    DifferenceKind kind() { return kind; }
    String username() { return username; }
    Integer fileLine() { return fileLine; }
    SystemStatus systemStatus() { return systemStatus; }
    String fileHolder() { return fileHolder; }
    String fileHolderName() { return fileHolderName; }
    Long accountId() { return accountId; }
    AccountStatus registerStatus() { return registerStatus; }
    String holderUsername() { return holderUsername; }
    String agencyCode() { return agencyCode; }
    String unitCode() { return unitCode; }
    String detail() { return detail; }
    DifferenceStatus status() { return status; }
    String resolvedBy() { return resolvedBy; }
    Instant resolvedAt() { return resolvedAt; }
    String resolution() { return resolution; }
}
