package vn.dldcaccess.lifecycle;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static vn.dldcaccess.lifecycle.AccountLifecycleProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/**
 * Glue of the password steps; Process_AccountLifecycle and Process_AuthorizationLetter both use them. The
 * account is the one the process's business key names ({@link PasswordChanges#accountOf}).
 */
final class PasswordDelegates {
    private PasswordDelegates() {
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
            PasswordChanges.Check check = passwords.check(passwords.accountOf(execution.getProcessBusinessKey()));
            // transient: only the gateway right after reads it, and these timers fire in storms
            execution.setVariable(PASSWORD_DUE.name(), Variables.booleanValue(check.due(), true));
            if (check.due()) {
                ACCOUNT_SUMMARY.set(execution, check.summary());
            }
        }
    }

    /** Task_RecordPasswordChange: the date the holder changed it; a wrong date goes back to the holder. */
    @Component("recordPasswordChangeDelegate")
    static class RecordPasswordChange implements JavaDelegate {
        private final PasswordChanges passwords;
        private final Actors actors;

        RecordPasswordChange(PasswordChanges passwords, Actors actors) {
            this.passwords = passwords;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            LocalDate changedOn;
            try {
                changedOn = FormValues.date(CHANGED_ON.get(execution));
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException(Messages.text("lifecycle.password.notADate", FormValues.notADate()));
            }
            long account = passwords.accountOf(execution.getProcessBusinessKey());
            refusing(() -> passwords.record(account, changedOn, actors.of(execution)));
            CHANGED_ON.remove(execution);
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
            passwords.remindHolder(passwords.accountOf(execution.getProcessBusinessKey()));
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
            passwords.escalateToUnitHead(passwords.accountOf(execution.getProcessBusinessKey()));
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
            passwords.escalateToOffice(passwords.accountOf(execution.getProcessBusinessKey()));
        }
    }
}
