package vn.dldcaccess.tracking;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.TreeMap;

/**
 * The dashboard's counter changes of one transaction, applied once just before it commits and in key order: a step
 * that moves five requests (a letter, a batch) updates each counter once, not five times (issue 24: the chain's
 * statements), and two transactions that touch the same counters lock their rows in the same order and never
 * deadlock. All of a transaction's changes go to one slot, its first request's: the dashboard sums the slots.
 * Outside a transaction they are applied at once.
 */
final class CounterChanges {
    /** Writes one counter's change (agency, unit, measure, slot, n, seconds). */
    interface Writer {
        void add(String agency, String unit, String measure, int slot, long n, long seconds);
    }

    private final TreeMap<String, long[]> byKey = new TreeMap<>();
    private final int slot;
    private final Writer writer;
    private final boolean bound;

    private CounterChanges(int slot, Writer writer, boolean bound) {
        this.slot = slot;
        this.writer = writer;
        this.bound = bound;
    }

    /** The changes pending in this transaction for this owner, begun with this slot when there are none yet. */
    static CounterChanges of(Object owner, int slot, Writer writer) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return new CounterChanges(slot, writer, false);
        }
        CounterChanges pending = (CounterChanges) TransactionSynchronizationManager.getResource(owner);
        if (pending != null) {
            return pending;
        }
        CounterChanges changes = new CounterChanges(slot, writer, true);
        TransactionSynchronizationManager.bindResource(owner, changes);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                CounterChanges bound = (CounterChanges) TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                if (bound != null) {
                    bound.apply();
                }
            }

            @Override
            public void afterCompletion(int status) {
                // a rolled-back transaction's changes are forgotten with it
                TransactionSynchronizationManager.unbindResourceIfPossible(owner);
            }
        });
        return changes;
    }

    void add(String agency, String unit, String measure, long n, long seconds) {
        long[] v = byKey.computeIfAbsent(agency + "|" + unit + "|" + measure, k -> new long[2]);
        v[0] += n;
        v[1] += seconds;
    }

    void done(String agency, String unit, String kind, Boolean onTime) {
        if (onTime != null) {
            add(agency, unit, (onTime ? RequestProjection.DONE_ON_TIME : RequestProjection.DONE_LATE) + kind, 1, 0);
        }
    }

    /** Outside a transaction: now. Inside one, the transaction applies them before it commits. */
    void applyUnlessBound() {
        if (!bound) {
            apply();
        }
    }

    private void apply() {
        byKey.forEach((key, v) -> {
            String[] k = key.split("\\|", -1);
            if (v[0] != 0 || v[1] != 0) {
                writer.add(k[0], k[1], k[2], slot, v[0], v[1]);
            }
        });
    }
}
