package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.Actors;

import static vn.dldcaccess.registration.AccountRegistrationProcess.AGENCY_LETTER_ID;
import static vn.dldcaccess.shared.Refusals.refusing;

/** The timer paths of Task_ConfirmByUnitHead, and the agency letter's arrival. */
final class RegistrationNoticeDelegates {
    private RegistrationNoticeDelegates() {
    }

    /** Task_RemindUnitHead. */
    @Component("remindUnitHeadDelegate")
    static class RemindUnitHead implements JavaDelegate {
        private final RegistrationNotices notices;

        RemindUnitHead(RegistrationNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.remindUnitHeads(execution.getProcessBusinessKey());
        }
    }

    /** Task_EscalateToAgencyOffice. */
    @Component("escalateToAgencyOfficeDelegate")
    static class EscalateToAgencyOffice implements JavaDelegate {
        private final RegistrationNotices notices;

        EscalateToAgencyOffice(RegistrationNotices notices) {
            this.notices = notices;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notices.escalateToOffice(execution.getProcessBusinessKey());
        }
    }

    /** Task_MarkIncludedInLetter: the registration's own record of the signed letter it is in. */
    @Component("markIncludedInLetterDelegate")
    static class MarkIncludedInLetter implements JavaDelegate {
        private final RegistrationDecisions decisions;
        private final Actors actors;

        MarkIncludedInLetter(RegistrationDecisions decisions, Actors actors) {
            this.decisions = decisions;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            refusing(() -> decisions.markIncludedInLetter(execution.getProcessBusinessKey(),
                    AGENCY_LETTER_ID.require(execution), actors.of(execution)));
        }
    }
}
