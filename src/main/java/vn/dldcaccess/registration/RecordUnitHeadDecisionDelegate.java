package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.Actors;

import static vn.dldcaccess.registration.AccountRegistrationProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Task_RecordUnitHeadDecision: applies the decision of Task_ConfirmByUnitHead and sets the gateway variable. */
@Component
class RecordUnitHeadDecisionDelegate implements JavaDelegate {
    private final RegistrationDecisions decisions;
    private final Actors actors;

    RecordUnitHeadDecisionDelegate(RegistrationDecisions decisions, Actors actors) {
        this.decisions = decisions;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationDecisions.Decided decided = refusing(() -> decisions.decide(execution.getProcessBusinessKey(),
                DECISION.get(execution), DECISION_COMMENT.get(execution), actors.of(execution)));
        UNIT_HEAD_DECISION.set(execution, decided.decision().name());
        DECISION.remove(execution);
        DECISION_COMMENT.remove(execution);
        switch (decided.decision()) {
            case RETURN -> RETURN_COMMENT.set(execution, decided.comment());
            case REJECT -> REJECTION_REASON.set(execution, decided.comment());
            case CONFIRM -> { }
        }
    }
}
