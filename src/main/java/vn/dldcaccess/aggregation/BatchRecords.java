package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.shared.Wording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what the aggregation's services share: a batch (refused when unknown or not sent), its persons, the
 * revocation requests it holds or may take, and the agencies' names. Callers bring the transaction.
 */
@Component
class BatchRecords {
    private final BatchRepository batches;
    private final ReceivedLetterRepository letters;
    private final RevocationRequestRepository revocations;
    private final OrganizationDirectory organization;

    BatchRecords(BatchRepository batches, ReceivedLetterRepository letters, RevocationRequestRepository revocations,
                 OrganizationDirectory organization) {
        this.batches = batches;
        this.letters = letters;
        this.revocations = revocations;
        this.organization = organization;
    }

    Batch batch(long id) {
        return batches.findById(id).orElseThrow(() -> new AggregationException("No batch " + id,
                Wording.of("aggregation.batch.notFound")));
    }

    long requireSent(long batchId) {
        Batch b = batch(batchId);
        if (b.status() != BatchStatus.SENT) {
            throw new AggregationException("Batch " + batchId + " is " + b.status(),
                    Wording.of("aggregation.batch.notSent", b.label(), b.status().label()));
        }
        return batchId;
    }

    /** The batch's persons by request number, in the order of its letters. */
    Map<String, BatchItem> itemsOf(long batchId) {
        Map<String, BatchItem> out = new LinkedHashMap<>();
        for (ReceivedLetter l : BatchContents.letters(letters, batchId)) {
            l.items().forEach(i -> out.put(i.requestNumber(), i));
        }
        return out;
    }

    static int pending(Collection<BatchItem> items) {
        return (int) items.stream().filter(i -> i.decision() == Decision.PENDING).count();
    }

    /** Revocation requests the batch holds, and those waiting (they join it). */
    List<RevocationRequest> revocationsFor(long batchId) {
        List<RevocationRequest> out = new ArrayList<>(BatchContents.revocations(revocations, batchId));
        out.addAll(revocations.findByBatchIdIsNullOrderByIdAsc());
        return out;
    }

    static List<ReceivedLetter> sorted(List<ReceivedLetter> in) {
        return in.stream().sorted(java.util.Comparator.comparing(ReceivedLetter::agencyCode)
                .thenComparing(ReceivedLetter::id)).toList();
    }

    String agencyName(String code) {
        return organization.agency(code).map(AgencyInfo::name).orElse(code);
    }
}
