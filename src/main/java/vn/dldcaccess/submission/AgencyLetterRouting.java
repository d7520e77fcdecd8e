package vn.dldcaccess.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The tasks' candidates, from the letter's agency and the requests it lists (bpmn:
 * {@code ${agencyLetterRouting.directorGroups(execution)}}).
 */
@Component("agencyLetterRouting")
public class AgencyLetterRouting {
    private final AgencyLetterTaskView submissions;

    AgencyLetterRouting(AgencyLetterTaskView submissions) {
        this.submissions = submissions;
    }

    /** Task_PrepareAgencyLetter. */
    public String office(DelegateExecution execution) {
        return submissions.officeGroup(execution.getProcessBusinessKey());
    }

    /** Task_SignByDirector: the agency's directors; for a letter listing one's own request, the others by name. */
    public List<String> directorGroups(DelegateExecution execution) {
        return submissions.signers(execution.getProcessBusinessKey()).candidateGroups();
    }

    public List<String> directorUsers(DelegateExecution execution) {
        return submissions.signers(execution.getProcessBusinessKey()).candidateUsers();
    }

    /**
     * Instances started on the model before issue 23 still name this: the same deciders as one list of groups; where
     * the new model names people, the group they belong to (the entity refuses the one the request is about there).
     */
    public String directors(DelegateExecution execution) {
        List<String> groups = directorGroups(execution);
        return groups.isEmpty() ? submissions.directorGroup(execution.getProcessBusinessKey())
                : String.join(",", groups);
    }
}
