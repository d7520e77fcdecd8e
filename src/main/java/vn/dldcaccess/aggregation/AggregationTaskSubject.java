package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.TaskSubject;
import vn.dldcaccess.shared.Messages;

import java.util.Optional;
import java.util.Set;

/** A batch's tasks: the batch as people call it (its outgoing number once sent) and its key. */
@Component
class AggregationTaskSubject implements TaskSubject {
    private final BatchRepository batches;
    private final BatchDuties duties;

    AggregationTaskSubject(BatchRepository batches, BatchDuties duties) {
        this.batches = batches;
        this.duties = duties;
    }

    @Override
    public Optional<String> subjectOf(String businessKey) {
        return AggregationBatchProcess.BUSINESS_KEY.find(businessKey).flatMap(batches::findById)
                .map(b -> Messages.text("aggregation.batch.subject", b.label()) + DASH + businessKey);
    }

    /** Everyone the batch's persons and revocations are about. */
    @Override
    public Set<String> peopleOf(String businessKey) {
        return AggregationBatchProcess.BUSINESS_KEY.find(businessKey).map(duties::people).orElse(Set.of());
    }
}
