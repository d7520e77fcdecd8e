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
import vn.dldcaccess.shared.Wording;

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
        private final AgencyLetterDrafting drafting;
        private final Actors actors;

        OpenAgencyLetter(AgencyLetterDrafting drafting, Actors actors) {
            this.drafting = drafting;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AgencyLetterDrafting.Opened opened = refusing(() -> drafting.open(AGENCY_CODE.get(execution),
                    actors.of(execution)));
            execution.setProcessBusinessKey(opened.businessKey());
            execution.setVariable(CANDIDATES.name(), ProcessVariable.jsonValue(opened.candidates()));
            CANDIDATE_FORMS.set(execution, opened.candidatesWithForms());
        }
    }

    /** Task_RecordAgencyLetter: fixes number, date and list, renders the PDF for the director. */
    @Component("recordAgencyLetterDelegate")
    static class RecordAgencyLetter implements JavaDelegate {
        private final AgencyLetterDrafting drafting;
        private final Actors actors;

        RecordAgencyLetter(AgencyLetterDrafting drafting, Actors actors) {
            this.drafting = drafting;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            List<String> included = refusing(() -> {
                try {
                    return INCLUDED.get(execution);
                } catch (IllegalArgumentException e) {
                    throw new SubmissionException("Bad list", Wording.of("submission.letter.listInvalid", e.getMessage()));
                }
            });
            AgencyLetterDrafting.Prepared prepared = refusing(() -> drafting.prepare(execution.getProcessBusinessKey(),
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
        private final AgencyLetterSigning signing;
        private final AgencyLetterDrafting drafting;
        private final Actors actors;

        RecordDirectorDecision(AgencyLetterSigning signing, AgencyLetterDrafting drafting, Actors actors) {
            this.signing = signing;
            this.drafting = drafting;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            AgencyLetterSigning.DirectorDecision decision = refusing(() -> signing.decide(key,
                    DIRECTOR_DECISION.get(execution), DIRECTOR_COMMENT.get(execution), actors.of(execution),
                    execution.getProcessInstanceId()));
            DIRECTOR_DECISION.set(execution, decision.name());
            if (decision == AgencyLetterSigning.DirectorDecision.RETURN) {
                execution.setVariable(CANDIDATES.name(), ProcessVariable.jsonValue(drafting.candidates(key)));
                CANDIDATE_FORMS.set(execution, drafting.candidatesWithForms(key));
            }
        }
    }

    /** Task_NotifyIncludedRequests: each listed registration hears of the signed letter exactly once. */
    @Component("notifyIncludedRequestsDelegate")
    static class NotifyIncludedRequests implements JavaDelegate {
        private final AgencyLetterTaskView view;
        private final AgencyLetterInclusion inclusion;

        NotifyIncludedRequests(AgencyLetterTaskView view, AgencyLetterInclusion inclusion) {
            this.view = view;
            this.inclusion = inclusion;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            long letterId = view.letterId(key);
            refusing(() -> {
                for (Long registrationId : view.registrationsOf(key)) {
                    inclusion.deliver(registrationId, letterId);
                }
            });
        }
    }

    /** Task_SendToAggregator: the signed letter reaches the aggregator (async, retried; receiving twice is a no-op). */
    @Component("sendLetterToAggregatorDelegate")
    static class SendLetterToAggregator implements JavaDelegate {
        private final AgencyLetterTaskView view;
        private final LetterIntake intake;
        private final Actors actors;

        SendLetterToAggregator(AgencyLetterTaskView view, LetterIntake intake, Actors actors) {
            this.view = view;
            this.intake = intake;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            intake.receive(view.forAggregator(execution.getProcessBusinessKey()), actors.of(execution));
        }
    }

    /** Task_StartDueAgencyLetters (schedule): one Process_AgencySubmission per agency with waiting requests. */
    @Component("startDueAgencyLettersDelegate")
    static class StartDueAgencyLetters implements JavaDelegate {
        private final AgencyLetterDrafting drafting;

        StartDueAgencyLetters(AgencyLetterDrafting drafting) {
            this.drafting = drafting;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            List<String> agencies = drafting.agenciesDueForLetter();
            for (String agency : agencies) {
                runtime.startProcessInstanceByKey(KEY, Variables.createVariables().putValue(AGENCY_CODE.name(), agency));
            }
            STARTED_LETTERS.set(execution, (long) agencies.size());
        }
    }
}
