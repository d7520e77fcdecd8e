package vn.dldcaccess.authorization;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.EngineActor;

import java.util.Map;

import static vn.dldcaccess.authorization.AuthorizationLetterProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Glue of Process_AuthorizationLetter; refusals become a 400 with the Vietnamese message. */
final class AuthorizationDelegates {
    private AuthorizationDelegates() {
    }


    static long id(DelegateExecution execution) {
        return (Long) execution.getVariable(AUTHORIZATION_ID);
    }

    static void writeBack(DelegateExecution execution, AuthorizationLetterService.Recorded r) {
        execution.setVariable(AUTHORIZATION_ID, r.id());
        execution.setVariable(ACCOUNT_ID, r.accountId());
        execution.setVariable(UNIT_HEAD_GROUP, r.unitHeadGroup());
        execution.setVariable(SUMMARY, r.summary());
    }

    /** Task_RecordAuthorization: validates the start form; a refusal starts nothing. */
    @Component("recordAuthorizationDelegate")
    static class RecordAuthorization implements JavaDelegate {
        private final AuthorizationLetterService authorizations;

        RecordAuthorization(AuthorizationLetterService authorizations) {
            this.authorizations = authorizations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Object> input = execution.getVariables();
            AuthorizationLetterService.Recorded r = refusing(() -> authorizations.request(input,
                    (String) execution.getVariable(HOLDER)));
            execution.setProcessBusinessKey(businessKey(r.id()));
            writeBack(execution, r);
        }
    }

    /** Task_UpdateAuthorization: the holder's correction after a return. */
    @Component("updateAuthorizationDelegate")
    static class UpdateAuthorization implements JavaDelegate {
        private final AuthorizationLetterService authorizations;

        UpdateAuthorization(AuthorizationLetterService authorizations) {
            this.authorizations = authorizations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Map<String, Object> input = execution.getVariables();
            writeBack(execution, refusing(() -> authorizations.correct(id(execution), input, EngineActor.of(execution))));
            execution.removeVariable(COMMENT);
        }
    }

    /** Task_RecordAuthorizationDecision. */
    @Component("recordAuthorizationDecisionDelegate")
    static class RecordDecision implements JavaDelegate {
        private final AuthorizationLetterService authorizations;

        RecordDecision(AuthorizationLetterService authorizations) {
            this.authorizations = authorizations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            AuthorizationLetterService.Decision d = refusing(() -> authorizations.decide(id(execution),
                    (String) execution.getVariable(DECISION), (String) execution.getVariable(COMMENT),
                    EngineActor.of(execution)));
            execution.setVariable(DECISION, d.name());
        }
    }

    /** Task_RenderAuthorizationLetter (asynchronous, retried). */
    @Component("renderAuthorizationLetterDelegate")
    static class RenderLetter implements JavaDelegate {
        private final AuthorizationLetterService authorizations;

        RenderLetter(AuthorizationLetterService authorizations) {
            this.authorizations = authorizations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(DOCUMENT_URL, authorizations.render(id(execution), execution.getProcessInstanceId())
                    .downloadPath());
        }
    }

    /** Task_ActivateAuthorization. */
    @Component("activateAuthorizationDelegate")
    static class Activate implements JavaDelegate {
        private final AuthorizationLetterService authorizations;

        Activate(AuthorizationLetterService authorizations) {
            this.authorizations = authorizations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            authorizations.activate(id(execution));
            execution.setVariable(ACTIVE_SUMMARY, authorizations.activeSummary(id(execution)));
        }
    }

    /** Task_EndAuthorizationAtTerm (the end date passed) and Task_EndAuthorizationEarly (the holder ended it). */
    @Component("endAuthorizationDelegate")
    static class End implements JavaDelegate {
        private final AuthorizationLetterService authorizations;

        End(AuthorizationLetterService authorizations) {
            this.authorizations = authorizations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean early = "Task_EndAuthorizationEarly".equals(execution.getCurrentActivityId());
            String why = early ? "người ủy quyền kết thúc sớm" + reason(execution.getVariable(END_REASON))
                    : "hết thời hạn";
            authorizations.end(id(execution), why);
        }

        private static String reason(Object r) {
            return r == null || r.toString().isBlank() ? "" : ": " + r.toString().strip();
        }
    }

    /** Task_CancelAuthorization: the holder left or the account closed. */
    @Component("cancelAuthorizationDelegate")
    static class Cancel implements JavaDelegate {
        private final AuthorizationLetterService authorizations;

        Cancel(AuthorizationLetterService authorizations) {
            this.authorizations = authorizations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Object why = execution.getVariable(CANCEL_REASON);
            authorizations.cancel(id(execution), why == null ? "tài khoản đã đóng" : why.toString());
        }
    }
}
