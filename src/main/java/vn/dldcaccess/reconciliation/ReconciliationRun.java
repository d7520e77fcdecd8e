package vn.dldcaccess.reconciliation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dldcaccess.account.AccountSystem;

import java.time.Instant;

/** One reconciliation: one export of one system (and agency, but for DLDC) compared with the register. */
@Entity
@Table(name = "rec_run")
class ReconciliationRun {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "account_system")
    private AccountSystem system;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "run_by")
    private String runBy;
    @Column(name = "run_at")
    private Instant runAt;
    @Column(name = "file_rows")
    private int fileRows;
    private int matched;
    @Column(name = "out_of_scope")
    private int outOfScope;
    @Version
    private int version;

    protected ReconciliationRun() {
    }

    ReconciliationRun(AccountSystem system, String agencyCode, String fileName, String runBy, Instant runAt,
                      Comparison.Outcome outcome) {
        this.system = system;
        this.agencyCode = agencyCode;
        this.fileName = fileName;
        this.runBy = runBy;
        this.runAt = runAt;
        this.fileRows = outcome.rows();
        this.matched = outcome.matched();
        this.outOfScope = outcome.outOfScope();
    }

    Long id() { return id; }
    AccountSystem system() { return system; }
    String agencyCode() { return agencyCode; }
    String fileName() { return fileName; }
    String runBy() { return runBy; }
    Instant runAt() { return runAt; }
    int fileRows() { return fileRows; }
    int matched() { return matched; }
    int outOfScope() { return outOfScope; }

    /** How people call it. */
    String ref() {
        return "DS-" + id;
    }
}
