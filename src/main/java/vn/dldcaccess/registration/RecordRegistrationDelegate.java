package vn.dldcaccess.registration;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static vn.dldcaccess.registration.AccountRegistrationProcess.*;

/**
 * Task_RecordRegistration: validates and stores the submitted form in the start transaction. A wrong form
 * fails the start itself (400 with the Vietnamese message), so neither an instance nor a row remains.
 */
@Component
class RecordRegistrationDelegate implements JavaDelegate {
    private final RegistrationService registrations;

    RecordRegistrationDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String applicant = (String) execution.getVariable(APPLICANT);
        RegistrationRecorded recorded;
        try {
            recorded = registrations.register(RegistrationVariables.formInput(execution), applicant);
        } catch (InvalidRegistrationException e) {
            throw new BadUserRequestException(e.vietnameseMessage());
        }
        execution.setProcessBusinessKey(recorded.requestNumber());
        execution.setVariable(REGISTRATION_ID, recorded.registrationId());
        execution.setVariable(REQUEST_NUMBER, recorded.requestNumber());
        RegistrationVariables.writeBack(execution, recorded);
    }
}
