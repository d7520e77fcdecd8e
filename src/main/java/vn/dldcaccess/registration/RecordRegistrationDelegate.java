package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.Actors;

import static vn.dldcaccess.shared.Refusals.refusing;

/**
 * Task_RecordRegistration: validates and stores the submitted form in the start transaction, for the person
 * logged in. A wrong form fails the start itself (400 with the Vietnamese message): no instance, no row.
 */
@Component
class RecordRegistrationDelegate implements JavaDelegate {
    private final RegistrationIntake intake;
    private final Actors actors;

    RecordRegistrationDelegate(RegistrationIntake intake, Actors actors) {
        this.intake = intake;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationRecorded recorded = refusing(() ->
                intake.register(RegistrationVariables.formInput(execution), actors.of(execution)));
        execution.setProcessBusinessKey(recorded.requestNumber());
        RegistrationVariables.writeBack(execution, recorded);
    }
}
