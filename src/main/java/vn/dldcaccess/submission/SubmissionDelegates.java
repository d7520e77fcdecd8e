package vn.dldcaccess.submission;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.ProcessVariable;
import vn.dldcaccess.aggregation.LetterIntake;
import vn.dldcaccess.registration.AgencyLetterInclusion;
import vn.dldcaccess.security.Actors;

import java.util.List;

import static vn.dldcaccess.shared.Refusals.refusing;
import static vn.dldcaccess.submission.AgencySubmissionProcess.*;

/**
 * Glue of Process_AgencySubmission and its schedule: the letter is the one its business key names, the actor
 * the person logged in; each refusal becomes a 400 for the person.
 */
final class SubmissionDelegates {
    private SubmissionDelegates() {
    }

    /** Task_OpenAgencyLetter. */
    @Component("openAgencyLetterDelegate")
    static class OpenAgencyLetter implements JavaDelegate {
        private final SubmissionService submissions;
        private final Actors actors;

        OpenAgencyLetter(SubmissionService submissions, Actors actors) {
            this.submissions = submissions;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SubmissionService.Opened opened = refusing(() -> submissions.open(AGENCY_CODE.get(execution),
                    actors.of(execution)));
            execution.setProcessBusinessKey(opened.businessKey());
            execution.setVariable(CANDIDATES.name(), ProcessVariable.jsonValue(opened.candidates()));
            CANDIDATE_FORMS.set(execution, opened.candidatesWithForms());
        }
    }

    /** Task_RecordAgencyLetter: fixes number, date and list, renders the PDF for the director. */
    @Component("recordAgencyLetterDelegate")
    static class RecordAgencyLetter implements JavaDelegate {
        private final SubmissionService submissions;
        private final Actors actors;

        RecordAgencyLetter(SubmissionService submissions, Actors actors) {
            this.submissions = submissions;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            List<String> included = refusing(() -> {
                try {
                    return INCLUDED.get(execution);
                } catch (IllegalArgumentException e) {
                    throw new SubmissionException("Bad list", "Yêu cầu đưa vào công văn: " + e.getMessage() + ".");
                }
            });
            SubmissionService.Prepared prepared = refusing(() -> submissions.prepare(execution.getProcessBusinessKey(),
                    included, LETTER_NUMBER.get(execution), LETTER_DATE.get(execution), actors.of(execution),
                    execution.getProcessInstanceId()));
            SUMMARY.set(execution, prepared.summary());
            DOCUMENT_URL.set(execution, prepared.document().downloadPath());
            if (prepared.signingUrl() != null) {
                SIGNING_URL.set(execution, prepared.signingUrl());
            } else {
                SIGNING_URL.remove(execution);
            }
            DIRECTOR_COMMENT.remove(execution);
        }
    }

    /** Task_RecordDirectorDecision. */
    @Component("recordDirectorDecisionDelegate")
    static class RecordDirectorDecision implements JavaDelegate {
        private final SubmissionService submissions;
        private final Actors actors;

        RecordDirectorDecision(SubmissionService submissions, Actors actors) {
            this.submissions = submissions;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            SubmissionService.DirectorDecision decision = refusing(() -> submissions.decide(key,
                    DIRECTOR_DECISION.get(execution), DIRECTOR_COMMENT.get(execution), actors.of(execution),
                    execution.getProcessInstanceId()));
            DIRECTOR_DECISION.set(execution, decision.name());
            if (decision == SubmissionService.DirectorDecision.RETURN) {
                execution.setVariable(CANDIDATES.name(), ProcessVariable.jsonValue(submissions.candidates(key)));
                CANDIDATE_FORMS.set(execution, submissions.candidatesWithForms(key));
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
            String key = execution.getProcessBusinessKey();
            long letterId = submissions.letterId(key);
            refusing(() -> {
                for (Long registrationId : submissions.registrationsOf(key)) {
                    inclusion.deliver(registrationId, letterId);
                }
            });
        }
    }

    /** Task_SendToAggregator: the signed letter reaches the aggregator (async, retried; receiving twice is a no-op). */
    @Component("sendLetterToAggregatorDelegate")
    static class SendLetterToAggregator implements JavaDelegate {
        private final SubmissionService submissions;
        private final LetterIntake intake;
        private final Actors actors;

        SendLetterToAggregator(SubmissionService submissions, LetterIntake intake, Actors actors) {
            this.submissions = submissions;
            this.intake = intake;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            intake.receive(submissions.forAggregator(execution.getProcessBusinessKey()), actors.of(execution));
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
                runtime.startProcessInstanceByKey(KEY, Variables.createVariables().putValue(AGENCY_CODE.name(), agency));
            }
            STARTED_LETTERS.set(execution, (long) agencies.size());
        }
    }
}
