package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who Process_AccountRegistration's tasks go to, from the request's own row found by the business key
 * (bpmn: {@code ${registrationRouting.unitHeads(execution)}}), never from a variable a person could write.
 */
@Component("registrationRouting")
public class RegistrationRouting {
    private final RegistrationService registrations;

    RegistrationRouting(RegistrationService registrations) {
        this.registrations = registrations;
    }

    /** Task_ConfirmByUnitHead: the heads of the applicant's unit. */
    public String unitHeads(DelegateExecution execution) {
        return registrations.unitHeadGroup(execution.getProcessBusinessKey());
    }

    /** Task_CorrectRegistration, Task_ReviewRejection: the applicant herself. */
    public String applicant(DelegateExecution execution) {
        return registrations.applicantOf(execution.getProcessBusinessKey());
    }
}
