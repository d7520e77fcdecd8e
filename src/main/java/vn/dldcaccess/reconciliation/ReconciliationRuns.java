package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import vn.dldcaccess.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dldcaccess.account.AccountKey;
import vn.dldcaccess.account.AccountKeys;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.organization.Actor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * A run: the file read and checked (refused before anything is stored), the register streamed past it once, the
 * run and its differences stored in one transaction; the open differences of the previous run of the same scope
 * are superseded (the new run found what is still true).
 */
@Service
class ReconciliationRuns {
    private static final Logger log = LoggerFactory.getLogger(ReconciliationRuns.class);
    private static final int BATCH = 500;
    /** One run at a time on a node (a 50 000-row export and the register's stream); another waits this long. */
    private static final long WAIT_MILLIS = 2000;
    private final java.util.concurrent.Semaphore oneAtATime = new java.util.concurrent.Semaphore(1, true);

    private final ExportFileReader reader;
    private final MailDirectory mailDirectory;
    private final AccountKeys register;
    private final Comparison.Holders holders;
    private final RunRepository runs;
    private final DifferenceRepository differences;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final ReconciliationMetrics metrics;
    private final Clock clock;

    ReconciliationRuns(ExportFileReader reader, MailDirectory mailDirectory, AccountKeys register, Comparison.Holders holders, RunRepository runs,
                       DifferenceRepository differences, JdbcTemplate jdbc, TransactionTemplate tx,
                       ReconciliationMetrics metrics, Clock clock) {
        this.reader = reader;
        this.mailDirectory = mailDirectory;
        this.register = register;
        this.holders = holders;
        this.runs = runs;
        this.differences = differences;
        this.jdbc = jdbc;
        this.tx = tx;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** @param agencyAsked the agency the administrator names (an office's own is taken from its log-in) */
    ReconciliationRun run(AccountSystem system, String agencyAsked, String fileName, byte[] content, Actor actor) {
        String name = fileName == null || fileName.isBlank() ? Messages.text("reconciliation.run.noFileName") : ExportFileReader.printable(fileName);
        return run(system, agencyAsked, name, () -> reader.read(fileName, content), actor);
    }

    /** The official e-mail accounts read from the mail directory instead of a file. */
    ReconciliationRun runFromDirectory(String agencyAsked, Actor actor) {
        return run(AccountSystem.OFFICIAL_EMAIL, agencyAsked, Messages.text("reconciliation.run.directoryFile"), mailDirectory::read, actor);
    }

    /**
     * The schedule's runs (issue 22): the mail directory read once, then a run per agency, one after the other.
     *
     * @return how many agencies were reconciled
     */
    long runFromDirectoryForEach(List<String> agencies, Actor actor) {
        List<ExportRow> rows = mailDirectory.read();
        String name = Messages.text("reconciliation.run.directoryFile");
        agencies.forEach(agency -> run(AccountSystem.OFFICIAL_EMAIL, agency, name, () -> rows, actor));
        return agencies.size();
    }

    private ReconciliationRun run(AccountSystem system, String agencyAsked, String name,
                                  java.util.function.Supplier<List<ExportRow>> source, Actor actor) {
        String agency = Scope.forNewRun(actor, system, agencyAsked);
        boolean entered;
        try {
            entered = oneAtATime.tryAcquire(WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw new ReconciliationException.Busy();
        }
        try {
            return runInTurn(system, agency, name, source, actor);
        } finally {
            oneAtATime.release();
        }
    }

    private ReconciliationRun runInTurn(AccountSystem system, String agency, String name,
                                        java.util.function.Supplier<List<ExportRow>> source, Actor actor) {
        long t0 = System.nanoTime();
        List<ExportRow> rows = source.get();
        long t1 = System.nanoTime();
        Comparison.Outcome outcome = Comparison.compare(rows, agency, each -> register.forEach(system, each), holders);
        long t2 = System.nanoTime();
        ReconciliationRun saved = tx.execute(s -> store(system, agency, name, actor, outcome));
        metrics.changed();
        log.info("Reconciliation {} of {} {}: {} rows, {} matched, {} out of scope, {} differences (read {} ms,"
                        + " compare {} ms, store {} ms)", saved.id(), system, agency == null ? "(province)" : agency,
                outcome.rows(), outcome.matched(), outcome.outOfScope(), outcome.differences().size(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return saved;
    }

    private ReconciliationRun store(AccountSystem system, String agency, String name, Actor actor,
                                    Comparison.Outcome outcome) {
        List<Long> earlier = runs.findBySystemOrderByIdDesc(system).stream()
                .filter(r -> java.util.Objects.equals(agency, r.agencyCode())).map(ReconciliationRun::id).toList();
        if (!earlier.isEmpty()) {
            differences.moveAll(earlier, DifferenceStatus.OPEN, DifferenceStatus.SUPERSEDED);
        }
        ReconciliationRun run = runs.saveAndFlush(new ReconciliationRun(system, agency, name.length() > 200
                ? name.substring(0, 200) : name, actor.username(), clock.instant(), outcome));
        List<Comparison.Found> found = outcome.differences();
        for (int from = 0; from < found.size(); from += BATCH) {
            List<Comparison.Found> part = found.subList(from, Math.min(found.size(), from + BATCH));
            jdbc.batchUpdate("INSERT INTO rec_difference (run_id, account_system, kind, account_username, file_line,"
                    + " system_status, file_holder, file_name_of, account_id, register_status, holder_username,"
                    + " agency_code, unit_code, detail, status, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)",
                    part, part.size(), (ps, f) -> {
                        ExportRow r = f.row();
                        AccountKey a = f.account();
                        ps.setLong(1, run.id());
                        ps.setString(2, system.name());
                        ps.setString(3, f.kind().name());
                        ps.setString(4, r != null ? r.username() : a.username());
                        ps.setObject(5, r == null ? null : r.line());
                        ps.setString(6, r == null ? null : r.status().name());
                        ps.setString(7, r == null ? null : cut(r.holder(), 100));
                        ps.setString(8, r == null ? null : cut(r.fullName(), 100));
                        ps.setObject(9, a == null ? null : a.id());
                        ps.setString(10, a == null ? null : a.status().name());
                        ps.setString(11, a == null ? null : a.holderUsername());
                        ps.setString(12, a != null ? a.agencyCode() : agency != null ? agency : cut(r.agency(), 40));
                        ps.setString(13, a == null ? null : a.unitCode());
                        ps.setString(14, cut(f.detail(), 300));
                        ps.setString(15, DifferenceStatus.OPEN.name());
                    });
        }
        return run;
    }

    private static String cut(String s, int max) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** The runs the actor may see, newest first. */
    List<ReconciliationRun> visibleTo(Actor actor) {
        return runs.findTop100ByOrderByIdDesc().stream()
                .filter(r -> Scope.mayAccess(actor, r.system(), r.agencyCode())).toList();
    }

    ReconciliationRun get(long id, Actor actor) {
        ReconciliationRun run = runs.findById(id).orElseThrow(() -> new ReconciliationException("No run " + id,
                Wording.of("reconciliation.run.notFound")));
        Scope.requireAccess(actor, run);
        return run;
    }

    List<Difference> differencesOf(ReconciliationRun run) {
        return differences.findByRunIdOrderByIdAsc(run.id());
    }
}
