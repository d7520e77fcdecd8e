package vn.dldcaccess.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLTransientException;

/**
 * Start-up work retried when the database answers that a concurrent transaction was in the way (a
 * {@link SQLTransientException} anywhere in the causes: a MariaDB deadlock, H2's "row not found in primary index"
 * while the job executor, already running, changes the same table). One such answer must not stop a node's start.
 */
public final class TransientRetry {
    private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);
    static final int ATTEMPTS = 5;

    private TransientRetry() {
    }

    public static void run(String what, Runnable work) {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !transientCause(e)) {
                    throw e;
                }
                log.warn("{}: the database was busy with another transaction ({}), trying again ({} of {})", what,
                        e.getMessage(), attempt + 1, ATTEMPTS);
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean transientCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }
}
