package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;

/** A batch's tasks: the batch as people call it (its outgoing number once sent) and its key. */
@Component
class AggregationTaskSubject implements TaskSubject {
    private final BatchRepository batches;

    AggregationTaskSubject(BatchRepository batches) {
        this.batches = batches;
    }

    @Override
    public Optional<String> subjectOf(String businessKey) {
        return AggregationBatchProcess.BUSINESS_KEY.find(businessKey).flatMap(batches::findById)
                .map(b -> "Đợt " + b.label() + DASH + businessKey);
    }
}
