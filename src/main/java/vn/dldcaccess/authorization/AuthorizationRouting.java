package vn.dldcaccess.authorization;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/** Who the tasks go to, from the letter's row (bpmn: {@code ${authorizationRouting.approverGroups(execution)}}). */
@Component("authorizationRouting")
public class AuthorizationRouting {
    private final AuthorizationTaskView authorizations;

    AuthorizationRouting(AuthorizationTaskView authorizations) {
        this.authorizations = authorizations;
    }

    /** Task_ApproveAuthorization: the heads of the holder's unit (never the holder or the delegate: issue 23). */
    public List<String> approverGroups(DelegateExecution execution) {
        return authorizations.approvers(execution.getProcessBusinessKey()).candidateGroups();
    }

    /** Task_ApproveAuthorization when the holder or the delegate heads the unit: the other heads by name. */
    public List<String> approverUsers(DelegateExecution execution) {
        return authorizations.approvers(execution.getProcessBusinessKey()).candidateUsers();
    }

    /**
     * Instances started on the model before issue 23 still name this: the same deciders as one list of groups; where
     * the new model names people, the group they belong to (the entity refuses the one the request is about there).
     */
    public String unitHeads(DelegateExecution execution) {
        List<String> groups = approverGroups(execution);
        return groups.isEmpty() ? authorizations.unitHeadGroup(execution.getProcessBusinessKey())
                : String.join(",", groups);
    }

    /** Task_AcceptByDelegate: the delegate the letter names, to her alone. */
    public String delegate(DelegateExecution execution) {
        return authorizations.delegateOf(execution.getProcessBusinessKey());
    }

    /** Task_CorrectAuthorization, Task_AuthorizationActive, Task_ChangePasswordAfterAuthorization. */
    public String holder(DelegateExecution execution) {
        return authorizations.holderOf(execution.getProcessBusinessKey());
    }
}
