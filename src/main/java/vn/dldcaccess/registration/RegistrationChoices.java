package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.FormChoices;
import vn.dldcaccess.shared.ProcessVariable;

import java.util.List;

/**
 * What form 1658 offers when the applicant corrects it (Task_CorrectRegistration's input
 * {@code ${registrationChoices.units(execution)}}): the units of the request's own agency, from the organization
 * file as it is when the task is created.
 */
@Component("registrationChoices")
public class RegistrationChoices {
    private final RegistrationRepository registrations;
    private final FormChoices choices;

    RegistrationChoices(RegistrationRepository registrations, FormChoices choices) {
        this.registrations = registrations;
        this.choices = choices;
    }

    public TypedValue units(DelegateExecution execution) {
        return ProcessVariable.jsonValue(registrations.findByRequestNumber(execution.getProcessBusinessKey())
                .map(r -> choices.units(r.agencyCode())).orElse(List.of()));
    }
}
