package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentRef;

import static vn.dldcaccess.registration.AccountRegistrationProcess.*;

/** Task_RenderRegistrationForm: the confirmed form 1658 as a PDF; the engine keeps its id, not the data. */
@Component
class RenderRegistrationFormDelegate implements JavaDelegate {
    private final RegistrationService registrations;

    RenderRegistrationFormDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentRef ref = registrations.renderForm((Long) execution.getVariable(REGISTRATION_ID),
                execution.getProcessInstanceId());
        execution.setVariable(FORM_DOCUMENT_ID, ref.id());
        execution.setVariable(FORM_DOCUMENT_URL, ref.downloadPath());
        RegistrationVariables.removePersonalData(execution);
    }
}
