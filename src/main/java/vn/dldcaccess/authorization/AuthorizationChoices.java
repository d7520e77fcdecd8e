package vn.dldcaccess.authorization;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.FormChoices;
import vn.dldcaccess.shared.ProcessVariable;

import java.util.List;

/**
 * Who the holder may choose as delegate when she corrects her letter (Task_CorrectAuthorization's input
 * {@code ${authorizationChoices.delegates(execution)}}): her agency's people but herself, by name.
 */
@Component("authorizationChoices")
public class AuthorizationChoices {
    private final AuthorizationRepository authorizations;
    private final FormChoices choices;

    AuthorizationChoices(AuthorizationRepository authorizations, FormChoices choices) {
        this.authorizations = authorizations;
        this.choices = choices;
    }

    public TypedValue delegates(DelegateExecution execution) {
        return ProcessVariable.jsonValue(AuthorizationLetterProcess.BUSINESS_KEY
                .find(execution.getProcessBusinessKey()).flatMap(authorizations::findById)
                .map(a -> choices.people(a.agencyCode(), null, a.holderUsername())).orElse(List.of()));
    }
}
