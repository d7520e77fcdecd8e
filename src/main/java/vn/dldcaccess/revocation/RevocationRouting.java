package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/** Who closes each account, from its item of the report (bpmn: {@code ${revocationRouting.administratorGroups(execution)}}). */
@Component("revocationRouting")
public class RevocationRouting {
    private final RevocationClosings closings;

    RevocationRouting(RevocationClosings closings) {
        this.closings = closings;
    }

    /** Task_CloseAccount: that system's administrators (their group). */
    public List<String> administratorGroups(DelegateExecution execution) {
        return closings.closers(execution.getProcessBusinessKey(), RevocationDelegates.itemId(execution))
                .candidateGroups();
    }

    /**
     * Instances started on the model before issue 23 still name this: the same deciders as one list of groups; where
     * the new model names people, the group they belong to (the entity refuses the one the request is about there).
     */
    public String administrators(DelegateExecution execution) {
        List<String> groups = administratorGroups(execution);
        return groups.isEmpty() ? closings.administratorsGroup(execution.getProcessBusinessKey(),
                RevocationDelegates.itemId(execution)) : String.join(",", groups);
    }

    /** Task_CloseAccount of an administrator's own account: the other administrators by name (issue 23). */
    public List<String> administratorUsers(DelegateExecution execution) {
        return closings.closers(execution.getProcessBusinessKey(), RevocationDelegates.itemId(execution))
                .candidateUsers();
    }
}
