package vn.dldcaccess.aggregation;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A batch's letters and revocation requests, read once per transaction: one step of a batch asked for them up to
 * a dozen times (the routing expression, the task title, the signers' check, the summary, the letter, the options
 * shown), each a query and an auto-flush (issue 24: the chain's statements). The entities are the persistence
 * context's own, so changes to them are seen; a letter or revocation taken into or released from a batch
 * ({@link #forget()}) makes the next call read again.
 */
final class BatchContents {
    private static final Object KEY = BatchContents.class;

    private BatchContents() {
    }

    private record Read(Map<Long, List<ReceivedLetter>> letters, Map<Long, List<RevocationRequest>> revocations) {
    }

    /** The batch's letters by agency code, then id. */
    static List<ReceivedLetter> letters(ReceivedLetterRepository letters, long batchId) {
        return cached(Read::letters, batchId, letters::findByBatchIdOrderByAgencyCodeAscIdAsc);
    }

    /** The revocation requests the batch holds, by id. */
    static List<RevocationRequest> revocations(RevocationRequestRepository revocations, long batchId) {
        return cached(Read::revocations, batchId, revocations::findByBatchIdOrderByIdAsc);
    }
    private static <T> List<T> cached(Function<Read, Map<Long, List<T>>> part, long batchId,
                                      Function<Long, List<T>> query) {
        Read read = current();
        if (read == null) {
            return List.copyOf(query.apply(batchId));
        }
        return part.apply(read).computeIfAbsent(batchId, id -> List.copyOf(query.apply(id)));
    }

    private static Read current() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Read read = (Read) TransactionSynchronizationManager.getResource(KEY);
        if (read == null) {
            read = new Read(new HashMap<>(), new HashMap<>());
            TransactionSynchronizationManager.bindResource(KEY, read);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return read;
    }

    /** A letter or revocation changed batch: what was read in this transaction is read again. */
    static void forget() {
        Read read = TransactionSynchronizationManager.isSynchronizationActive()
                ? (Read) TransactionSynchronizationManager.getResource(KEY) : null;
        if (read != null) {
            read.letters.clear();
            read.revocations.clear();
        }
    }
}
