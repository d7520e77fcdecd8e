package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.EngineActor;

import static vn.dldcaccess.registration.AccountRegistrationProcess.REGISTRATION_ID;

/** The timer paths of Task_ConfirmByUnitHead. */
final class RegistrationNoticeDelegates {
    private RegistrationNoticeDelegates() {
    }

    /** Task_RemindUnitHead. */
    @Component("remindUnitHeadDelegate")
    static class RemindUnitHead implements JavaDelegate {
        private final RegistrationService registrations;

        RemindUnitHead(RegistrationService registrations) {
            this.registrations = registrations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            registrations.remindUnitHeads((Long) execution.getVariable(REGISTRATION_ID));
        }
    }

    /** Task_EscalateToAgencyOffice. */
    @Component("escalateToAgencyOfficeDelegate")
    static class EscalateToAgencyOffice implements JavaDelegate {
        private final RegistrationService registrations;

        EscalateToAgencyOffice(RegistrationService registrations) {
            this.registrations = registrations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            registrations.escalateToOffice((Long) execution.getVariable(REGISTRATION_ID));
        }
    }

    /** Task_MarkIncludedInLetter: the registration's own record of the signed letter it is in. */
    @Component("markIncludedInLetterDelegate")
    static class MarkIncludedInLetter implements JavaDelegate {
        private final RegistrationService registrations;

        MarkIncludedInLetter(RegistrationService registrations) {
            this.registrations = registrations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            registrations.markIncludedInLetter((Long) execution.getVariable(REGISTRATION_ID),
                    (Long) execution.getVariable(AccountRegistrationProcess.AGENCY_LETTER_ID),
                    EngineActor.of(execution));
        }
    }
}
