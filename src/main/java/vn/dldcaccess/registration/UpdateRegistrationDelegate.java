package vn.dldcaccess.registration;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.EngineActor;

import static vn.dldcaccess.registration.AccountRegistrationProcess.*;

/** Task_UpdateRegistration: the applicant's corrected form, validated like a new one. */
@Component
class UpdateRegistrationDelegate implements JavaDelegate {
    private final RegistrationService registrations;

    UpdateRegistrationDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(REGISTRATION_ID);
        RegistrationRecorded recorded;
        try {
            recorded = registrations.correct(id, RegistrationVariables.formInput(execution),
                    EngineActor.of(execution));
        } catch (InvalidRegistrationException e) {
            throw new BadUserRequestException(e.vietnameseMessage());
        } catch (RegistrationStateException e) {
            throw new BadUserRequestException(e.vietnameseMessage());
        }
        RegistrationVariables.writeBack(execution, recorded);
        execution.removeVariable(RETURN_COMMENT);
    }
}
