package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentRef;

import static vn.dldcaccess.registration.AccountRegistrationProcess.FORM_DOCUMENT_ID;
import static vn.dldcaccess.registration.AccountRegistrationProcess.FORM_DOCUMENT_URL;

/** Task_RenderRegistrationForm: the confirmed form 1658 as a PDF; the engine keeps its id, not the data. */
@Component
class RenderRegistrationFormDelegate implements JavaDelegate {
    private final RegistrationFormDocument formDocument;

    RenderRegistrationFormDelegate(RegistrationFormDocument formDocument) {
        this.formDocument = formDocument;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DocumentRef ref = formDocument.renderForm(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
        FORM_DOCUMENT_ID.set(execution, ref.id());
        FORM_DOCUMENT_URL.set(execution, ref.downloadPath());
        RegistrationVariables.removePersonalData(execution);
    }
}
