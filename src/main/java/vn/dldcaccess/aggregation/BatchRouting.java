package vn.dldcaccess.aggregation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who signs a batch's letter to PC06, from the batch found by its business key (bpmn:
 * {@code ${batchRouting.leaderGroups(execution)}}): the aggregator's leaders, never one the batch is about (issue 23).
 */
@Component("batchRouting")
public class BatchRouting {
    private final BatchDuties duties;

    BatchRouting(BatchDuties duties) {
        this.duties = duties;
    }

    /** Task_SignBatchLetter: the leaders' group. */
    public List<String> leaderGroups(DelegateExecution execution) {
        return duties.signers(BatchDelegates.batchId(execution)).candidateGroups();
    }

    /** Task_SignBatchLetter of a batch about a leader: the other leaders by name. */
    public List<String> leaderUsers(DelegateExecution execution) {
        return duties.signers(BatchDelegates.batchId(execution)).candidateUsers();
    }
}
