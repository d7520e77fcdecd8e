package vn.dldcaccess.authorization;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/** Who the tasks go to, from the letter's row (bpmn: {@code ${authorizationRouting.approverGroups(execution)}}). */
@Component("authorizationRouting")
public class AuthorizationRouting {
    private final AuthorizationLetterService authorizations;

    AuthorizationRouting(AuthorizationLetterService authorizations) {
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

    /** Task_AcceptByDelegate: the delegate the letter names, to her alone. */
    public String delegate(DelegateExecution execution) {
        return authorizations.delegateOf(execution.getProcessBusinessKey());
    }

    /** Task_CorrectAuthorization, Task_AuthorizationActive, Task_ChangePasswordAfterAuthorization. */
    public String holder(DelegateExecution execution) {
        return authorizations.holderOf(execution.getProcessBusinessKey());
    }
}
