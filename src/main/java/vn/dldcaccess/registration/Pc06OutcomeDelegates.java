package vn.dldcaccess.registration;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.security.EngineActor;
import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.FormValues;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static vn.dldcaccess.registration.AccountRegistrationProcess.*;

/** Glue of the registration's end: PC06's decision, then the account entering the register. */
final class Pc06OutcomeDelegates {
    private Pc06OutcomeDelegates() {
    }

    /** Task_RecordPC06Decision. */
    @Component("recordPc06DecisionDelegate")
    static class RecordPc06Decision implements JavaDelegate {
        private final RegistrationService registrations;

        RecordPc06Decision(RegistrationService registrations) {
            this.registrations = registrations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean approved = "APPROVED".equals(execution.getVariable(PC06_DECISION));
            registrations.recordPc06Decision((Long) execution.getVariable(REGISTRATION_ID), approved,
                    (String) execution.getVariable(PC06_REASON), EngineActor.of(execution));
        }
    }

    /** Task_RegisterAccount: refusals (a taken user name, a future date) go back to the administrator's form. */
    @Component("registerAccountDelegate")
    static class RegisterAccount implements JavaDelegate {
        private final RegistrationService registrations;

        RegisterAccount(RegistrationService registrations) {
            this.registrations = registrations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            try {
                AccountView account = registrations.provision((Long) execution.getVariable(REGISTRATION_ID),
                        (String) execution.getVariable(ACCOUNT_USERNAME), date(execution.getVariable(ACCOUNT_CREATED_ON)),
                        EngineActor.of(execution));
                execution.setVariable(ACCOUNT_ID, account.id());
            } catch (RefusedException e) {
                throw new BadUserRequestException(e.vietnameseMessage());
            }
        }

        private static LocalDate date(Object raw) {
            try {
                return FormValues.date(raw);
            } catch (DateTimeParseException e) {
                throw new BadUserRequestException("Ngày tạo tài khoản: dạng yyyy-MM-dd.");
            }
        }
    }
}
