package vn.dldcaccess.registration;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.EngineActor;

import static vn.dldcaccess.registration.AccountRegistrationProcess.*;

/** Task_RecordUnitHeadDecision: applies the decision of Task_ConfirmByUnitHead and sets the gateway variable. */
@Component
class RecordUnitHeadDecisionDelegate implements JavaDelegate {
    private final RegistrationService registrations;

    RecordUnitHeadDecisionDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = (Long) execution.getVariable(REGISTRATION_ID);
        String comment = (String) execution.getVariable(DECISION_COMMENT);
        UnitHeadDecision decision;
        try {
            decision = registrations.decide(id, (String) execution.getVariable(DECISION), comment,
                    EngineActor.of(execution));
        } catch (RegistrationStateException e) {
            throw new BadUserRequestException(e.vietnameseMessage());
        }
        execution.setVariable(UNIT_HEAD_DECISION, decision.name());
        execution.removeVariable(DECISION);
        execution.removeVariable(DECISION_COMMENT);
        switch (decision) {
            case RETURN -> execution.setVariable(RETURN_COMMENT, comment.strip());
            case REJECT -> execution.setVariable(REJECTION_REASON, comment.strip());
            case CONFIRM -> { }
        }
    }
}
