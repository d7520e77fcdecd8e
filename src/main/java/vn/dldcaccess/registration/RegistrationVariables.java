package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.dldcaccess.shared.ProcessVariable;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Reads the form 1658 fields from the process and writes the stored, normalized values back. */
final class RegistrationVariables {
    private RegistrationVariables() {
    }

    /** The submitted fields as they arrived (the validator reads each in its own way). */
    static Map<String, Object> formInput(DelegateExecution execution) {
        Map<String, Object> input = new HashMap<>();
        for (ProcessVariable<?> field : AccountRegistrationProcess.FORM_1658_FIELDS) {
            input.put(field.name(), execution.getVariable(field.name()));
        }
        return input;
    }

    static void writeBack(DelegateExecution execution, RegistrationRecorded recorded) {
        // only what normalization changed: every variable write is a statement
        recorded.normalizedFields().forEach((key, value) -> {
            if (!Objects.equals(execution.getVariable(key), value)) {
                execution.setVariable(key, value);
            }
        });
        AccountRegistrationProcess.REQUEST_NUMBER.set(execution, recorded.requestNumber());
        AccountRegistrationProcess.SUMMARY.set(execution, recorded.summary());
    }

    /**
     * Personal data lives in the application's tables once the request is confirmed, not in the engine; only the
     * read-only summary stays, for the TTHC administrators who create the account.
     */
    static void removePersonalData(DelegateExecution execution) {
        for (ProcessVariable<?> field : AccountRegistrationProcess.FORM_1658_FIELDS) {
            field.remove(execution);
        }
    }
}
