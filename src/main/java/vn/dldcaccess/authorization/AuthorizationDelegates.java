package vn.dldcaccess.authorization;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.util.HashMap;
import java.util.Map;

import static vn.dldcaccess.authorization.AuthorizationLetterProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/**
 * Glue of Process_AuthorizationLetter: the letter is the one its business key names, the actor the person logged
 * in; refusals become a 400 with the Vietnamese message.
 */
final class AuthorizationDelegates {
    private AuthorizationDelegates() {
    }

    /** Exactly the fields of the giấy ủy quyền form. */
    static Map<String, Object> form(DelegateExecution execution) {
        Map<String, Object> in = new HashMap<>();
        for (var field : FORM_FIELDS) {
            in.put(field.name(), execution.getVariable(field.name()));
        }
        return in;
    }

    /** Task_RecordAuthorization: validates the start form; a refusal starts nothing. */
    @Component("recordAuthorizationDelegate")
    static class RecordAuthorization implements JavaDelegate {
        private final AuthorizationIntake intake;
        private final Actors actors;

        RecordAuthorization(AuthorizationIntake intake, Actors actors) {
            this.intake = intake;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AuthorizationIntake.Recorded r = refusing(() -> intake.request(form(execution),
                    actors.of(execution)));
            execution.setProcessBusinessKey(r.businessKey());
            SUMMARY.set(execution, r.summary());
        }
    }

    /** Task_UpdateAuthorization: the holder's correction after a return. */
    @Component("updateAuthorizationDelegate")
    static class UpdateAuthorization implements JavaDelegate {
        private final AuthorizationIntake intake;
        private final Actors actors;

        UpdateAuthorization(AuthorizationIntake intake, Actors actors) {
            this.intake = intake;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AuthorizationIntake.Recorded r = refusing(() -> intake.correct(
                    execution.getProcessBusinessKey(), form(execution), actors.of(execution)));
            SUMMARY.set(execution, r.summary());
            COMMENT.remove(execution);
        }
    }

    /** Task_RecordDelegateAnswer: the delegate's own answer, she logged in. */
    @Component("recordDelegateAnswerDelegate")
    static class RecordDelegateAnswer implements JavaDelegate {
        private final AuthorizationDecisions decisions;
        private final AuthorizationTaskView view;
        private final Actors actors;

        RecordDelegateAnswer(AuthorizationDecisions decisions, AuthorizationTaskView view, Actors actors) {
            this.decisions = decisions;
            this.view = view;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AuthorizationDecisions.DelegateAnswer a = refusing(() -> decisions.answerAsDelegate(
                    execution.getProcessBusinessKey(), DELEGATE_ANSWER.get(execution), DELEGATE_COMMENT.get(execution),
                    actors.of(execution)));
            DELEGATE_ANSWER.set(execution, a.name());
            DELEGATE_COMMENT.remove(execution);
            if (a == AuthorizationDecisions.DelegateAnswer.ACCEPT) {
                SUMMARY.set(execution, view.summary(execution.getProcessBusinessKey()));
            }
        }
    }

    /** Task_RecordAuthorizationDecision. */
    @Component("recordAuthorizationDecisionDelegate")
    static class RecordDecision implements JavaDelegate {
        private final AuthorizationDecisions decisions;
        private final Actors actors;

        RecordDecision(AuthorizationDecisions decisions, Actors actors) {
            this.decisions = decisions;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AuthorizationDecisions.Decision d = refusing(() -> decisions.decide(
                    execution.getProcessBusinessKey(), DECISION.get(execution), COMMENT.get(execution),
                    actors.of(execution)));
            DECISION.set(execution, d.name());
        }
    }

    /** Task_RenderAuthorizationLetter (asynchronous, retried). */
    @Component("renderAuthorizationLetterDelegate")
    static class RenderLetter implements JavaDelegate {
        private final AuthorizationLifecycle lifecycle;

        RenderLetter(AuthorizationLifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        @Override
        public void execute(DelegateExecution execution) {
            DOCUMENT_URL.set(execution, lifecycle.render(execution.getProcessBusinessKey(),
                    execution.getProcessInstanceId()).downloadPath());
        }
    }

    /** Task_ActivateAuthorization. */
    @Component("activateAuthorizationDelegate")
    static class Activate implements JavaDelegate {
        private final AuthorizationLifecycle lifecycle;
        private final AuthorizationTaskView view;

        Activate(AuthorizationLifecycle lifecycle, AuthorizationTaskView view) {
            this.lifecycle = lifecycle;
            this.view = view;
        }

        @Override
        public void execute(DelegateExecution execution) {
            lifecycle.activate(execution.getProcessBusinessKey());
            ACTIVE_SUMMARY.set(execution, view.activeSummary(execution.getProcessBusinessKey()));
        }
    }

    /** Task_EndAuthorizationAtTerm (the end date passed) and Task_EndAuthorizationEarly (the holder ended it). */
    @Component("endAuthorizationDelegate")
    static class End implements JavaDelegate {
        private final AuthorizationLifecycle lifecycle;
        private final Actors actors;

        End(AuthorizationLifecycle lifecycle, Actors actors) {
            this.lifecycle = lifecycle;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean early = "Task_EndAuthorizationEarly".equals(execution.getCurrentActivityId());
            String why = refusing(() -> {
                try {
                    String reason = early ? PlainText.line(END_REASON.get(execution), 200) : null;
                    return !early ? Messages.text("authorization.end.expired") : reason == null
                            ? Messages.text("authorization.end.early") : Messages.text("authorization.end.earlyBecause", reason);
                } catch (IllegalArgumentException e) {
                    throw new AuthorizationException("End reason refused", Wording.of("authorization.end.reasonInvalid", e.getMessage()));
                }
            });
            Actor actor = early ? actors.of(execution) : Actor.system();
            refusing(() -> lifecycle.end(execution.getProcessBusinessKey(), why, actor));
        }
    }

    /** Task_CancelAuthorization: the holder left or the account closed. */
    @Component("cancelAuthorizationDelegate")
    static class Cancel implements JavaDelegate {
        private final AuthorizationLifecycle lifecycle;

        Cancel(AuthorizationLifecycle lifecycle) {
            this.lifecycle = lifecycle;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String why = CANCEL_REASON.get(execution);
            lifecycle.cancel(execution.getProcessBusinessKey(), why == null ? Messages.text("authorization.cancel.accountClosed") : why);
        }
    }
}
