package vn.dldcaccess.registration;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static vn.dldcaccess.registration.AccountRegistrationProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Glue of the registration's end: PC06's decision, then the account entering the register. */
final class Pc06OutcomeDelegates {
    private Pc06OutcomeDelegates() {
    }

    /** Task_RecordPC06Decision. */
    @Component("recordPc06DecisionDelegate")
    static class RecordPc06Decision implements JavaDelegate {
        private final RegistrationDecisions decisions;
        private final Actors actors;

        RecordPc06Decision(RegistrationDecisions decisions, Actors actors) {
            this.decisions = decisions;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean approved = "APPROVED".equals(PC06_DECISION.get(execution));
            refusing(() -> decisions.recordPc06Decision(execution.getProcessBusinessKey(), approved,
                    PC06_REASON.get(execution), actors.of(execution)));
        }
    }

    /** Task_RegisterAccount: refusals (a taken user name, a future date) go back to the administrator's form. */
    @Component("registerAccountDelegate")
    static class RegisterAccount implements JavaDelegate {
        private final RegistrationDecisions decisions;
        private final Actors actors;

        RegisterAccount(RegistrationDecisions decisions, Actors actors) {
            this.decisions = decisions;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            LocalDate createdOn = date(ACCOUNT_CREATED_ON.get(execution));
            AccountView account = refusing(() -> decisions.provision(execution.getProcessBusinessKey(),
                    ACCOUNT_USERNAME.get(execution), createdOn, actors.of(execution)));
            ACCOUNT_ID.set(execution, account.id());
        }

        private static LocalDate date(String raw) {
            try {
                return FormValues.date(raw);
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException(Messages.text("registration.provision.dateNotADate", FormValues.notADate()));
            }
        }
    }
}
