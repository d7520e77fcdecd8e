package vn.dldcaccess.submission;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.dldcaccess.aggregation.LetterIntake;
import vn.dldcaccess.registration.AgencyLetterInclusion;
import vn.dldcaccess.registration.RegistrationStateException;
import vn.dldcaccess.security.EngineActor;
import vn.dldcaccess.shared.FormValues;

import java.util.List;
import java.util.Map;

import static vn.dldcaccess.submission.AgencySubmissionProcess.*;

/** Glue of Process_AgencySubmission and its schedule; each maps refusals to a 400 for the person. */
final class SubmissionDelegates {
    private SubmissionDelegates() {
    }

    static Object candidatesJson(List<Map<String, String>> options) {
        return SpinValues.jsonValue(Spin.JSON(options).toString()).create();
    }

    /** Task_OpenAgencyLetter. */
    @Component("openAgencyLetterDelegate")
    static class OpenAgencyLetter implements JavaDelegate {
        private final SubmissionService submissions;

        OpenAgencyLetter(SubmissionService submissions) {
            this.submissions = submissions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SubmissionService.Opened opened;
            try {
                opened = submissions.open((String) execution.getVariable(AGENCY_CODE),
                        (String) execution.getVariable(INITIATOR));
            } catch (SubmissionException e) {
                throw new BadUserRequestException(e.vietnameseMessage());
            }
            execution.setProcessBusinessKey("CV-" + opened.agencyCode() + "-" + opened.letterId());
            execution.setVariable(LETTER_ID, opened.letterId());
            execution.setVariable(AGENCY_CODE, opened.agencyCode());
            execution.setVariable(OFFICE_GROUP, opened.officeGroup());
            execution.setVariable(DIRECTOR_GROUP, opened.directorGroup());
            execution.setVariable(CANDIDATES, candidatesJson(opened.candidates()));
            execution.setVariable(CANDIDATE_FORMS, opened.candidatesWithForms());
        }
    }

    /** Task_RecordAgencyLetter: fixes number, date and list, renders the PDF for the director. */
    @Component("recordAgencyLetterDelegate")
    static class RecordAgencyLetter implements JavaDelegate {
        private final SubmissionService submissions;

        RecordAgencyLetter(SubmissionService submissions) {
            this.submissions = submissions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long letterId = (Long) execution.getVariable(LETTER_ID);
            SubmissionService.Prepared prepared;
            try {
                prepared = submissions.prepare(letterId, FormValues.strings(execution.getVariable(INCLUDED)),
                        (String) execution.getVariable(LETTER_NUMBER), FormValues.dateText(execution.getVariable(LETTER_DATE)),
                        EngineActor.of(execution), execution.getProcessInstanceId());
            } catch (SubmissionException e) {
                throw new BadUserRequestException(e.vietnameseMessage());
            }
            execution.setVariable(SUMMARY, prepared.summary());
            execution.setVariable(DOCUMENT_URL, prepared.document().downloadPath());
            execution.removeVariable(DIRECTOR_COMMENT);
        }
    }

    /** Task_RecordDirectorDecision. */
    @Component("recordDirectorDecisionDelegate")
    static class RecordDirectorDecision implements JavaDelegate {
        private final SubmissionService submissions;

        RecordDirectorDecision(SubmissionService submissions) {
            this.submissions = submissions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long letterId = (Long) execution.getVariable(LETTER_ID);
            SubmissionService.DirectorDecision decision;
            try {
                decision = submissions.decide(letterId, (String) execution.getVariable(DIRECTOR_DECISION),
                        (String) execution.getVariable(DIRECTOR_COMMENT), EngineActor.of(execution),
                        execution.getProcessInstanceId());
            } catch (SubmissionException e) {
                throw new BadUserRequestException(e.vietnameseMessage());
            }
            execution.setVariable(DIRECTOR_DECISION, decision.name());
            if (decision == SubmissionService.DirectorDecision.RETURN) {
                execution.setVariable(CANDIDATES, candidatesJson(submissions.candidates(letterId)));
                execution.setVariable(CANDIDATE_FORMS, submissions.candidatesWithForms(letterId));
            }
        }
    }

    /** Task_NotifyIncludedRequests: each listed registration hears of the signed letter exactly once. */
    @Component("notifyIncludedRequestsDelegate")
    static class NotifyIncludedRequests implements JavaDelegate {
        private final SubmissionService submissions;
        private final AgencyLetterInclusion inclusion;

        NotifyIncludedRequests(SubmissionService submissions, AgencyLetterInclusion inclusion) {
            this.submissions = submissions;
            this.inclusion = inclusion;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long letterId = (Long) execution.getVariable(LETTER_ID);
            try {
                for (Long registrationId : submissions.registrationsOf(letterId)) {
                    inclusion.deliver(registrationId, letterId);
                }
            } catch (RegistrationStateException e) {
                throw new BadUserRequestException(e.vietnameseMessage());
            }
        }
    }

    /** Task_SendToAggregator: the signed letter reaches the aggregator (async, retried; receiving twice is a no-op). */
    @Component("sendLetterToAggregatorDelegate")
    static class SendLetterToAggregator implements JavaDelegate {
        private final SubmissionService submissions;
        private final LetterIntake intake;

        SendLetterToAggregator(SubmissionService submissions, LetterIntake intake) {
            this.submissions = submissions;
            this.intake = intake;
        }

        @Override
        public void execute(DelegateExecution execution) {
            intake.receive(submissions.forAggregator((Long) execution.getVariable(LETTER_ID)), EngineActor.of(execution));
        }
    }

    /** Task_StartDueAgencyLetters (schedule): one Process_AgencySubmission per agency with waiting requests. */
    @Component("startDueAgencyLettersDelegate")
    static class StartDueAgencyLetters implements JavaDelegate {
        private final SubmissionService submissions;

        StartDueAgencyLetters(SubmissionService submissions) {
            this.submissions = submissions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            List<String> agencies = submissions.agenciesDueForLetter();
            for (String agency : agencies) {
                runtime.startProcessInstanceByKey(KEY, Variables.createVariables().putValue(AGENCY_CODE, agency));
            }
            execution.setVariable("startedLetters", agencies.size());
        }
    }
}
