package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.aggregation.LetterIntake;
import vn.dldcaccess.security.Actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import static vn.dldcaccess.revocation.AccountRevocationProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/**
 * Glue of Process_AccountRevocation: the report is the one its business key names, each closing instance's
 * account an item of it; the actor is the person logged in. Refusals become a 400 with the Vietnamese message.
 */
final class RevocationDelegates {
    private RevocationDelegates() {
    }

    static long itemId(DelegateExecution execution) {
        return ITEM_ID.require(execution);
    }

    /**
     * Task_RecordLeaver: the report of the start form (a refused report starts nothing), or, when the application
     * started the process with a report's business key (a review's marked accounts), that report.
     */
    @Component("recordLeaverDelegate")
    static class RecordLeaver implements JavaDelegate {
        private final RevocationService revocations;
        private final LeaverReportInput input;
        private final Actors actors;

        RecordLeaver(RevocationService revocations, LeaverReportInput input, Actors actors) {
            this.revocations = revocations;
            this.input = input;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            RevocationService.Opened o;
            if (key != null) {
                o = revocations.openedByReview(key);
            } else {
                Map<String, Object> form = new HashMap<>();
                FORM_FIELDS.forEach(f -> form.put(f.name(), execution.getVariable(f.name())));
                var actor = actors.of(execution);
                o = refusing(() -> revocations.report(input.validate(form, actor), actor));
                execution.setProcessBusinessKey(o.businessKey());
            }
            execution.setVariable(CLOSE_ITEMS.name(), new ArrayList<>(o.itemsToClose()));
            SUMMARY.set(execution, o.summary());
        }
    }

    /** Task_PrepareCloseAccount: what this instance closes (local to the instance). */
    @Component("prepareCloseAccountDelegate")
    static class PrepareCloseAccount implements JavaDelegate {
        private final RevocationClosings closings;
        private final MailDirectoryClosing mailDirectory;

        PrepareCloseAccount(RevocationClosings closings, MailDirectoryClosing mailDirectory) {
            this.closings = closings;
            this.mailDirectory = mailDirectory;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RevocationClosings.ItemInfo info = closings.item(execution.getProcessBusinessKey(), itemId(execution));
            execution.setVariableLocal(CLOSE_SUMMARY.name(), CLOSE_SUMMARY.stored(info.summary()));
            execution.setVariableLocal(DLDC.name(), info.dldc());
            execution.setVariableLocal(TRY_MAIL_DIRECTORY.name(), info.officialEmail() && mailDirectory.configured());
            execution.setVariableLocal(CLOSED_IN_MAIL_DIRECTORY.name(), false);
            execution.setVariableLocal(MAIL_DIRECTORY_FAILURE.name(), null);
            // the date the administrator submits lands here, not on the whole process (instances run in parallel)
            execution.setVariableLocal(CLOSED_ON.name(), null);
        }
    }

    /** Task_RequestPc06Revocation: the DLDC account joins the aggregator's next batch to PC06. */
    @Component("requestPc06RevocationDelegate")
    static class RequestPc06Revocation implements JavaDelegate {
        private final RevocationClosings closings;
        private final LetterIntake aggregator;

        RequestPc06Revocation(RevocationClosings closings, LetterIntake aggregator) {
            this.closings = closings;
            this.aggregator = aggregator;
        }

        @Override
        public void execute(DelegateExecution execution) {
            aggregator.receiveRevocation(closings.pc06Request(execution.getProcessBusinessKey(), itemId(execution)));
        }
    }

    /**
     * Task_CloseInMailDirectory (issue 22): the mail directory disables the official e-mail account, and the closing
     * is recorded with today's date; not configured, or refused, the office's task follows (with the reason).
     */
    @Component("closeInMailDirectoryDelegate")
    static class CloseInMailDirectory implements JavaDelegate {
        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CloseInMailDirectory.class);
        private final RevocationClosings closings;
        private final MailDirectoryClosing directory;

        CloseInMailDirectory(RevocationClosings closings, MailDirectoryClosing directory) {
            this.closings = closings;
            this.directory = directory;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String key = execution.getProcessBusinessKey();
            long item = itemId(execution);
            boolean closed = false;
            String failure = null;
            String mailbox = directory.configured() ? closings.officialMailbox(key, item) : null;
            if (mailbox != null) {
                MailDirectoryClosing.Outcome o = directory.disable(mailbox);
                if (o.disabled()) {
                    try {
                        closings.recordClosedInMailDirectory(key, item);
                        closed = true;
                    } catch (vn.dldcaccess.shared.RefusedException e) {
                        log.warn("Mail closing: {} disabled in the directory but not recorded: {}", mailbox, e.getMessage());
                        failure = vn.dldcaccess.shared.Messages.text("revocation.mailDirectory.notRecorded", mailbox,
                                e.vietnameseMessage());
                    }
                } else if (o.failure() != null) {
                    failure = vn.dldcaccess.shared.Messages.text("revocation.mailDirectory.failed",
                            o.failure().vietnamese(), mailbox);
                }
            }
            execution.setVariableLocal(CLOSED_IN_MAIL_DIRECTORY.name(), closed);
            execution.setVariableLocal(MAIL_DIRECTORY_FAILURE.name(), failure);
        }
    }

    /** Task_RecordAccountClosed: a wrong date goes back to the administrator; the same closing twice is a no-op. */
    @Component("recordAccountClosedDelegate")
    static class RecordAccountClosed implements JavaDelegate {
        private final RevocationClosings closings;
        private final Actors actors;

        RecordAccountClosed(RevocationClosings closings, Actors actors) {
            this.closings = closings;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            refusing(() -> closings.recordClosed(execution.getProcessBusinessKey(), itemId(execution),
                    CLOSED_ON.get(execution), actors.of(execution)));
        }
    }

    /** Task_RemindAdministrators. */
    @Component("remindClosingAdministratorsDelegate")
    static class RemindAdministrators implements JavaDelegate {
        private final RevocationReminders reminders;

        RemindAdministrators(RevocationReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public void execute(DelegateExecution execution) {
            reminders.remindAdministrators(execution.getProcessBusinessKey());
        }
    }

    /** Task_EscalateOverdueClosure. */
    @Component("escalateOverdueClosureDelegate")
    static class EscalateOverdue implements JavaDelegate {
        private final RevocationReminders reminders;

        EscalateOverdue(RevocationReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public void execute(DelegateExecution execution) {
            reminders.escalateOverdue(execution.getProcessBusinessKey());
        }
    }

    /** Task_IssueClosureNotice. */
    @Component("issueClosureNoticeDelegate")
    static class IssueNotice implements JavaDelegate {
        private final RevocationNotice notice;

        IssueNotice(RevocationNotice notice) {
            this.notice = notice;
        }

        @Override
        public void execute(DelegateExecution execution) {
            NOTICE_URL.set(execution, refusing(() -> notice.issueNotice(execution.getProcessBusinessKey(),
                    execution.getProcessInstanceId())).downloadPath());
        }
    }

    /** Task_SendPendingClosuresDigest (Process_PendingClosuresDigest). */
    @Component("sendPendingClosuresDigestDelegate")
    static class SendPendingClosuresDigest implements JavaDelegate {
        private final RevocationReminders reminders;

        SendPendingClosuresDigest(RevocationReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("agenciesTold", reminders.sendPendingDigests());
        }
    }
}
