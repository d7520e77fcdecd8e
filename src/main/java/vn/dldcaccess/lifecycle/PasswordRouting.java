package vn.dldcaccess.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Who Task_ConfirmPasswordChanged goes to (bpmn: {@code ${passwordRouting.holder(execution)}}). */
@Component("passwordRouting")
public class PasswordRouting {
    private final PasswordChanges passwords;

    PasswordRouting(PasswordChanges passwords) {
        this.passwords = passwords;
    }

    public String holder(DelegateExecution execution) {
        return passwords.holderOf(execution.getProcessBusinessKey());
    }
}
