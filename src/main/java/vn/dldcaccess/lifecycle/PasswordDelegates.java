package vn.dldcaccess.lifecycle;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountException;
import vn.dldcaccess.security.EngineActor;
import vn.dldcaccess.shared.FormValues;

import java.time.format.DateTimeParseException;

import static vn.dldcaccess.lifecycle.AccountLifecycleProcess.*;

/**
 * Glue of the password tasks; Process_AccountLifecycle and Process_AuthorizationLetter both use them (each
 * keeps the account id in {@code accountId}).
 */
final class PasswordDelegates {
    private PasswordDelegates() {
    }

    static long accountId(DelegateExecution execution) {
        return (Long) execution.getVariable(ACCOUNT_ID);
    }

    /** Task_CheckPasswordDue. */
    @Component("checkPasswordDueDelegate")
    static class CheckPasswordDue implements JavaDelegate {
        private final PasswordChanges passwords;

        CheckPasswordDue(PasswordChanges passwords) {
            this.passwords = passwords;
        }

        @Override
        public void execute(DelegateExecution execution) {
            PasswordChanges.Check check = passwords.check(accountId(execution));
            // transient: only the gateway right after reads it, and these timers fire in storms
            execution.setVariable(PASSWORD_DUE, Variables.booleanValue(check.due(), true));
            if (check.due()) {
                execution.setVariable(ACCOUNT_SUMMARY, check.summary());
                if (!check.holder().equals(execution.getVariable(HOLDER))) {
                    execution.setVariable(HOLDER, check.holder());
                }
            }
        }
    }

    /** Task_RecordPasswordChange: the date the holder changed it; a wrong date goes back to the holder. */
    @Component("recordPasswordChangeDelegate")
    static class RecordPasswordChange implements JavaDelegate {
        private final PasswordChanges passwords;

        RecordPasswordChange(PasswordChanges passwords) {
            this.passwords = passwords;
        }

        @Override
        public void execute(DelegateExecution execution) {
            try {
                passwords.record(accountId(execution), FormValues.date(execution.getVariable(CHANGED_ON)),
                        EngineActor.of(execution));
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException("Ngày đổi mật khẩu: dạng yyyy-MM-dd.");
            } catch (AccountException e) {
                throw new BadUserRequestException(e.vietnameseMessage());
            }
            execution.removeVariable(CHANGED_ON);
        }
    }

    /** Task_RemindHolderOfPassword. */
    @Component("remindHolderOfPasswordDelegate")
    static class RemindHolder implements JavaDelegate {
        private final PasswordChanges passwords;

        RemindHolder(PasswordChanges passwords) {
            this.passwords = passwords;
        }

        @Override
        public void execute(DelegateExecution execution) {
            passwords.remindHolder(accountId(execution));
        }
    }

    /** Task_EscalatePasswordToUnitHead. */
    @Component("escalatePasswordToUnitHeadDelegate")
    static class EscalateToUnitHead implements JavaDelegate {
        private final PasswordChanges passwords;

        EscalateToUnitHead(PasswordChanges passwords) {
            this.passwords = passwords;
        }

        @Override
        public void execute(DelegateExecution execution) {
            passwords.escalateToUnitHead(accountId(execution));
        }
    }

    /** Task_EscalatePasswordToOffice. */
    @Component("escalatePasswordToOfficeDelegate")
    static class EscalateToOffice implements JavaDelegate {
        private final PasswordChanges passwords;

        EscalateToOffice(PasswordChanges passwords) {
            this.passwords = passwords;
        }

        @Override
        public void execute(DelegateExecution execution) {
            passwords.escalateToOffice(accountId(execution));
        }
    }
}
