package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.util.HashMap;
import java.util.Map;

/** Reads the form 1658 fields from the process and writes the stored, normalized values back. */
final class RegistrationVariables {
    private RegistrationVariables() {
    }

    static Map<String, Object> formInput(DelegateExecution execution) {
        Map<String, Object> input = new HashMap<>();
        for (Form1658Field field : Form1658Field.values()) {
            input.put(field.key(), execution.getVariable(field.key()));
        }
        return input;
    }

    static void writeBack(DelegateExecution execution, RegistrationRecorded recorded) {
        // only what normalization changed: every variable write is a statement
        recorded.normalizedFields().forEach((key, value) -> {
            if (!java.util.Objects.equals(execution.getVariable(key), value)) {
                execution.setVariable(key, value);
            }
        });
        execution.setVariable(AccountRegistrationProcess.SUMMARY, recorded.summary());
        execution.setVariable(AccountRegistrationProcess.UNIT_HEAD_GROUP, recorded.unitHeadGroup());
    }

    /** Personal data lives in the application's tables once the request is confirmed, not in the engine. */
    static void removePersonalData(DelegateExecution execution) {
        for (Form1658Field field : Form1658Field.values()) {
            execution.removeVariable(field.key());
        }
    }
}
