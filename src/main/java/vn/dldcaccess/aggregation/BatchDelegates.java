package vn.dldcaccess.aggregation;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.security.EngineActor;
import vn.dldcaccess.shared.FormValues;

import java.util.List;

import static vn.dldcaccess.aggregation.AggregationBatchProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Glue of Process_AggregationBatch; refusals become a 400 with the Vietnamese message for the person. */
final class BatchDelegates {
    private BatchDelegates() {
    }


    static long batchId(DelegateExecution execution) {
        return (Long) execution.getVariable(BATCH_ID);
    }

    /** Task_OpenBatch. */
    @Component("openBatchDelegate")
    static class OpenBatch implements JavaDelegate {
        private final AggregationService aggregation;

        OpenBatch(AggregationService aggregation) {
            this.aggregation = aggregation;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = aggregation.openBatch();
            execution.setProcessBusinessKey(businessKey(id));
            execution.setVariable(BATCH_ID, id);
            execution.setVariables(LetterIntake.candidateVariables(aggregation.candidates(id)));
        }
    }

    /** Task_RecordComposition (chosen letters) and Task_ComposeAllWaiting (the schedule: every waiting letter). */
    @Component("composeBatchDelegate")
    static class ComposeBatch implements JavaDelegate {
        private final AggregationService aggregation;
        private final LetterIntake intake;

        ComposeBatch(AggregationService aggregation, LetterIntake intake) {
            this.aggregation = aggregation;
            this.intake = intake;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean all = "Task_ComposeAllWaiting".equals(execution.getCurrentActivityId());
            List<String> chosen = all ? null : FormValues.strings(execution.getVariable(CHOSEN_LETTERS));
            AggregationService.Composed composed = refusing(() -> aggregation.compose(batchId(execution), chosen,
                    EngineActor.of(execution), execution.getProcessInstanceId()));
            execution.setVariable(SUMMARY, composed.summary());
            execution.setVariable(DOCUMENT_URL, composed.draft().downloadPath());
            execution.removeVariable(LEADER_COMMENT);
            // letters left out wait for the next batch
            intake.ensureComposingBatch();
        }
    }

    /** Task_RecordBatchSignature. */
    @Component("recordBatchSignatureDelegate")
    static class RecordBatchSignature implements JavaDelegate {
        private final AggregationService aggregation;

        RecordBatchSignature(AggregationService aggregation) {
            this.aggregation = aggregation;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = batchId(execution);
            AggregationService.LeaderDecision d = refusing(() -> aggregation.decideSignature(id,
                    (String) execution.getVariable(LEADER_DECISION), (String) execution.getVariable(LEADER_COMMENT),
                    EngineActor.of(execution)));
            execution.setVariable(LEADER_DECISION, d.name());
            if (d == AggregationService.LeaderDecision.RETURN) {
                execution.setVariables(LetterIntake.candidateVariables(aggregation.candidates(id)));
            }
        }
    }

    /** Task_RecordDispatch. */
    @Component("recordDispatchDelegate")
    static class RecordDispatch implements JavaDelegate {
        private final AggregationService aggregation;

        RecordDispatch(AggregationService aggregation) {
            this.aggregation = aggregation;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = batchId(execution);
            var ref = refusing(() -> aggregation.send(id, (String) execution.getVariable(OUTGOING_NUMBER),
                    FormValues.dateText(execution.getVariable(SENT_DATE)), (String) execution.getVariable(CHANNEL),
                    EngineActor.of(execution), execution.getProcessInstanceId()));
            execution.setVariable(DOCUMENT_URL, ref.downloadPath());
            execution.setVariables(Pc06ReplyUpload.statusVariables(aggregation, id));
        }
    }

    /** Task_ApplyPC06Decisions: the ticked persons, approved or rejected with their reasons. */
    @Component("applyPc06DecisionsDelegate")
    static class ApplyPc06Decisions implements JavaDelegate {
        private final AggregationService aggregation;

        ApplyPc06Decisions(AggregationService aggregation) {
            this.aggregation = aggregation;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = batchId(execution);
            List<DecisionInput> inputs = TypedDecisions.parse(FormValues.strings(execution.getVariable(APPROVED)),
                    FormValues.strings(execution.getVariable(REJECTED)), (String) execution.getVariable(REASONS));
            List<String> confirmed = FormValues.strings(execution.getVariable(CONFIRMED_REVOCATIONS));
            if (inputs.isEmpty() && confirmed.isEmpty() && !aggregation.allDecided(id)) {
                throw new BadUserRequestException("Chưa chọn người nào: hãy đánh dấu người PC06 đồng ý hoặc không đồng ý, "
                        + "hoặc tài khoản PC06 đã thu hồi.");
            }
            String actor = EngineActor.of(execution);
            refusing(() -> aggregation.recordDecisions(id, inputs, actor, "TASK"));
            refusing(() -> aggregation.confirmRevocations(id, confirmed, actor));
            execution.removeVariables(List.of(APPROVED, REJECTED, REASONS, REPLY_ISSUES, CONFIRMED_REVOCATIONS));
            execution.setVariables(Pc06ReplyUpload.statusVariables(aggregation, id));
        }
    }

    /** Task_CloseBatch. */
    @Component("closeBatchDelegate")
    static class CloseBatch implements JavaDelegate {
        private final AggregationService aggregation;

        CloseBatch(AggregationService aggregation) {
            this.aggregation = aggregation;
        }

        @Override
        public void execute(DelegateExecution execution) {
            aggregation.close(batchId(execution));
        }
    }

    /** Task_RemindPC06FollowUp: the aggregator is told to chase PC06 for the persons still pending. */
    @Component("remindPc06FollowUpDelegate")
    static class RemindPc06FollowUp implements JavaDelegate {
        private final AggregationService aggregation;
        private final Notifier notifier;

        RemindPc06FollowUp(AggregationService aggregation, Notifier notifier) {
            this.aggregation = aggregation;
            this.notifier = notifier;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = batchId(execution);
            int pending = aggregation.pendingOptions(id).size();
            String label = aggregation.batchLabel(id);
            notifier.notify(aggregation.aggregatorStaff(), "Nhắc việc: đôn đốc PC06 trả lời đợt " + label,
                    "Đợt đề nghị cấp tài khoản " + label + " đã gửi Công an tỉnh (PC06) nhưng còn " + pending
                            + " người chưa có kết quả. Đề nghị liên hệ PC06 để đôn đốc.", businessKey(id));
        }
    }
}
