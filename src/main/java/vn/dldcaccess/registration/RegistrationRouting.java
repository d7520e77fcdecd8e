package vn.dldcaccess.registration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who Process_AccountRegistration's tasks go to, from the request's own row found by the business key
 * (bpmn: {@code ${registrationRouting.confirmerGroups(execution)}}), never from a variable a person could write.
 * Nobody's own request goes to her (issue 23).
 */
@Component("registrationRouting")
public class RegistrationRouting {
    private final RegistrationDeciders deciders;

    RegistrationRouting(RegistrationDeciders deciders) {
        this.deciders = deciders;
    }

    /** Task_ConfirmByUnitHead: the heads of the applicant's unit (her unit's group). */
    public List<String> confirmerGroups(DelegateExecution execution) {
        return deciders.confirmers(execution.getProcessBusinessKey()).candidateGroups();
    }

    /** Task_ConfirmByUnitHead of a head's own request: the unit's other heads by name (else the office's group). */
    public List<String> confirmerUsers(DelegateExecution execution) {
        return deciders.confirmers(execution.getProcessBusinessKey()).candidateUsers();
    }

    /** Task_ProvisionAccount: the TTHC administrators (their group), or the others of them by name. */
    public List<String> provisionerGroups(DelegateExecution execution) {
        return deciders.provisioners(execution.getProcessBusinessKey()).candidateGroups();
    }

    public List<String> provisionerUsers(DelegateExecution execution) {
        return deciders.provisioners(execution.getProcessBusinessKey()).candidateUsers();
    }

    /**
     * Instances started on the model before issue 23 still name this: the same deciders as one list of groups; where
     * the new model names people, the group they belong to (the entity refuses the one the request is about there).
     */
    public String unitHeads(DelegateExecution execution) {
        List<String> groups = confirmerGroups(execution);
        return groups.isEmpty() ? deciders.unitHeadGroup(execution.getProcessBusinessKey())
                : String.join(",", groups);
    }

    /** Task_CorrectRegistration, Task_ReviewRejection: the applicant herself. */
    public String applicant(DelegateExecution execution) {
        return deciders.applicantOf(execution.getProcessBusinessKey());
    }
}
