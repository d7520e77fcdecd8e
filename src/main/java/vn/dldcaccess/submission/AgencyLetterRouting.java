package vn.dldcaccess.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The tasks' candidate groups, from the letter's agency (bpmn: {@code ${agencyLetterRouting.directors(execution)}}). */
@Component("agencyLetterRouting")
public class AgencyLetterRouting {
    private final SubmissionService submissions;

    AgencyLetterRouting(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** Task_PrepareAgencyLetter. */
    public String office(DelegateExecution execution) {
        return submissions.officeGroup(execution.getProcessBusinessKey());
    }

    /** Task_SignByDirector. */
    public String directors(DelegateExecution execution) {
        return submissions.directorGroup(execution.getProcessBusinessKey());
    }
}
