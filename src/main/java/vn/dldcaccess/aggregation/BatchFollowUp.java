package vn.dldcaccess.aggregation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Gateway_StillWaiting: the follow-up timer reminds the aggregator only while someone of the batch still waits
 * for PC06; once every person has a result the reminders stop (the batch's closing also ends them).
 */
@Component("batchFollowUp")
public class BatchFollowUp {
    private final BatchTaskView view;

    BatchFollowUp(BatchTaskView view) {
        this.view = view;
    }

    public boolean stillWaiting(DelegateExecution execution) {
        return !view.allDecided(BatchDelegates.batchId(execution));
    }
}
