package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.Actors;

import static vn.dldcaccess.registration.AccountRegistrationProcess.RETURN_COMMENT;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Task_UpdateRegistration: the applicant's corrected form, validated like a new one. */
@Component
class UpdateRegistrationDelegate implements JavaDelegate {
    private final RegistrationIntake intake;
    private final Actors actors;

    UpdateRegistrationDelegate(RegistrationIntake intake, Actors actors) {
        this.intake = intake;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationRecorded recorded = refusing(() -> intake.correct(execution.getProcessBusinessKey(),
                RegistrationVariables.formInput(execution), actors.of(execution)));
        RegistrationVariables.writeBack(execution, recorded);
        RETURN_COMMENT.remove(execution);
    }
}
