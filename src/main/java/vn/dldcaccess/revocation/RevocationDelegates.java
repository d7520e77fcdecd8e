package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.aggregation.LetterIntake;
import vn.dldcaccess.security.EngineActor;

import java.util.ArrayList;

import static vn.dldcaccess.revocation.AccountRevocationProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Glue of Process_AccountRevocation; refusals become a 400 with the Vietnamese message. */
final class RevocationDelegates {
    private RevocationDelegates() {
    }


    static long id(DelegateExecution execution) {
        return (Long) execution.getVariable(REVOCATION_ID);
    }

    /** Task_RecordLeaver: a refused report starts nothing. */
    @Component("recordLeaverDelegate")
    static class RecordLeaver implements JavaDelegate {
        private final RevocationService revocations;

        RecordLeaver(RevocationService revocations) {
            this.revocations = revocations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RevocationService.Opened o = refusing(() -> revocations.report(execution.getVariables(),
                    (String) execution.getVariable(REPORTER)));
            execution.setProcessBusinessKey("TH-" + o.id());
            execution.setVariable(REVOCATION_ID, o.id());
            execution.setVariable(CLOSE_ITEMS, new ArrayList<>(o.itemsToClose()));
            execution.setVariable(SUMMARY, o.summary());
        }
    }

    /** Task_PrepareCloseAccount: what this instance closes, and who closes it (local to the instance). */
    @Component("prepareCloseAccountDelegate")
    static class PrepareCloseAccount implements JavaDelegate {
        private final RevocationService revocations;

        PrepareCloseAccount(RevocationService revocations) {
            this.revocations = revocations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RevocationService.ItemInfo info = revocations.item(id(execution), itemId(execution));
            execution.setVariableLocal(ADMINISTRATORS, info.administratorsGroup());
            execution.setVariableLocal(CLOSE_SUMMARY, info.summary());
            execution.setVariableLocal(DLDC, info.dldc());
            // the date the administrator submits lands here, not on the whole process (instances run in parallel)
            execution.setVariableLocal(CLOSED_ON, null);
        }
    }

    /** Task_RequestPc06Revocation: the DLDC account joins the aggregator's next batch to PC06. */
    @Component("requestPc06RevocationDelegate")
    static class RequestPc06Revocation implements JavaDelegate {
        private final RevocationService revocations;
        private final LetterIntake aggregator;

        RequestPc06Revocation(RevocationService revocations, LetterIntake aggregator) {
            this.revocations = revocations;
            this.aggregator = aggregator;
        }

        @Override
        public void execute(DelegateExecution execution) {
            aggregator.receiveRevocation(revocations.pc06Request(id(execution), itemId(execution)));
        }
    }

    /** Task_RecordAccountClosed: a wrong date goes back to the administrator; the same closing twice is a no-op. */
    @Component("recordAccountClosedDelegate")
    static class RecordAccountClosed implements JavaDelegate {
        private final RevocationService revocations;

        RecordAccountClosed(RevocationService revocations) {
            this.revocations = revocations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            refusing(() -> revocations.recordClosed(id(execution), itemId(execution), execution.getVariable(CLOSED_ON),
                    EngineActor.of(execution)));
        }
    }

    static long itemId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ITEM_ID)).longValue();
    }

    /** Task_RemindAdministrators. */
    @Component("remindClosingAdministratorsDelegate")
    static class RemindAdministrators implements JavaDelegate {
        private final RevocationService revocations;

        RemindAdministrators(RevocationService revocations) {
            this.revocations = revocations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            revocations.remindAdministrators(id(execution));
        }
    }

    /** Task_EscalateOverdueClosure. */
    @Component("escalateOverdueClosureDelegate")
    static class EscalateOverdue implements JavaDelegate {
        private final RevocationService revocations;

        EscalateOverdue(RevocationService revocations) {
            this.revocations = revocations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            revocations.escalateOverdue(id(execution));
        }
    }

    /** Task_IssueClosureNotice. */
    @Component("issueClosureNoticeDelegate")
    static class IssueNotice implements JavaDelegate {
        private final RevocationService revocations;

        IssueNotice(RevocationService revocations) {
            this.revocations = revocations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable(NOTICE_URL, refusing(() -> revocations.issueNotice(id(execution),
                    execution.getProcessInstanceId())).downloadPath());
        }
    }

    /** Task_SendPendingClosuresDigest (Process_PendingClosuresDigest). */
    @Component("sendPendingClosuresDigestDelegate")
    static class SendPendingClosuresDigest implements JavaDelegate {
        private final RevocationService revocations;

        SendPendingClosuresDigest(RevocationService revocations) {
            this.revocations = revocations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("agenciesTold", revocations.sendPendingDigests());
        }
    }
}
