package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/** Who closes each account, from its item of the report (bpmn: {@code ${revocationRouting.administratorGroups(execution)}}). */
@Component("revocationRouting")
public class RevocationRouting {
    private final RevocationService revocations;

    RevocationRouting(RevocationService revocations) {
        this.revocations = revocations;
    }

    /** Task_CloseAccount: that system's administrators (their group). */
    public List<String> administratorGroups(DelegateExecution execution) {
        return revocations.closers(execution.getProcessBusinessKey(), RevocationDelegates.itemId(execution))
                .candidateGroups();
    }

    /** Task_CloseAccount of an administrator's own account: the other administrators by name (issue 23). */
    public List<String> administratorUsers(DelegateExecution execution) {
        return revocations.closers(execution.getProcessBusinessKey(), RevocationDelegates.itemId(execution))
                .candidateUsers();
    }
}
