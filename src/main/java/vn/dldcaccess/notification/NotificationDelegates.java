package vn.dldcaccess.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Glue of Process_MailDelivery and Process_TaskDigest. */
final class NotificationDelegates {
    private NotificationDelegates() {
    }

    /** Task_SendMail: a failure fails the job, which the engine retries with growing pauses. */
    @Component("sendMailDelegate")
    static class SendMail implements JavaDelegate {
        private final Mailer mailer;

        SendMail(Mailer mailer) {
            this.mailer = mailer;
        }

        @Override
        public void execute(DelegateExecution execution) throws Exception {
            long id = (Long) execution.getVariable(Notifier.NOTIFICATION_ID);
            try {
                mailer.send(id);
            } catch (Exception e) {
                mailer.recordFailure(id, e.toString());
                throw e;
            }
        }
    }

    /** Task_SendTaskDigests. */
    @Component("sendTaskDigestsDelegate")
    static class SendTaskDigests implements JavaDelegate {
        private final TaskDigest digest;

        SendTaskDigests(TaskDigest digest) {
            this.digest = digest;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("digestsSent", digest.sendDigests());
        }
    }
}
