package vn.dldcaccess.authorization;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Who the tasks go to, from the letter's row (bpmn: {@code ${authorizationRouting.unitHeads(execution)}}). */
@Component("authorizationRouting")
public class AuthorizationRouting {
    private final AuthorizationLetterService authorizations;

    AuthorizationRouting(AuthorizationLetterService authorizations) {
        this.authorizations = authorizations;
    }

    /** Task_ApproveAuthorization. */
    public String unitHeads(DelegateExecution execution) {
        return authorizations.unitHeadGroup(execution.getProcessBusinessKey());
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
