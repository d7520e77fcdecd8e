package vn.dldcaccess.aggregation;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.TextTemplate;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.util.List;
import java.util.Map;

import static vn.dldcaccess.aggregation.AggregationBatchProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/**
 * Glue of Process_AggregationBatch: the batch is the one its business key names, the actor the person logged
 * in; refusals become a 400 with the Vietnamese message for the person.
 */
final class BatchDelegates {
    private BatchDelegates() {
    }

    static long batchId(DelegateExecution execution) {
        long id = AggregationBatchProcess.batchId(execution.getProcessBusinessKey());
        if (id < 0) {
            throw new IllegalStateException("Process " + execution.getProcessInstanceId() + " names no batch");
        }
        return id;
    }

    /** Task_OpenBatch. */
    @Component("openBatchDelegate")
    static class OpenBatch implements JavaDelegate {
        private final LetterReception reception;

        OpenBatch(LetterReception reception) {
            this.reception = reception;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = reception.openBatch();
            execution.setProcessBusinessKey(businessKey(id));
            execution.setVariables(LetterIntake.candidateVariables(reception.candidates(id)));
        }
    }

    /** Task_RecordComposition (chosen letters) and Task_ComposeAllWaiting (the schedule: every waiting letter). */
    @Component("composeBatchDelegate")
    static class ComposeBatch implements JavaDelegate {
        private final BatchComposition composition;
        private final LetterIntake intake;
        private final Actors actors;

        ComposeBatch(BatchComposition composition, LetterIntake intake, Actors actors) {
            this.composition = composition;
            this.intake = intake;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean all = "Task_ComposeAllWaiting".equals(execution.getCurrentActivityId());
            List<String> chosen = all ? null : refusing(() -> list(Messages.text("aggregation.compose.lettersLabel"), () -> CHOSEN_LETTERS.get(execution)));
            BatchComposition.Composed composed = refusing(() -> composition.compose(batchId(execution), chosen,
                    all ? Actor.system() : actors.of(execution), execution.getProcessInstanceId()));
            SUMMARY.set(execution, composed.summary());
            DOCUMENT_URL.set(execution, composed.draft().downloadPath());
            LEADER_COMMENT.remove(execution);
            // letters left out wait for the next batch
            intake.ensureComposingBatch();
        }
    }

    /** Task_RecordBatchSignature. */
    @Component("recordBatchSignatureDelegate")
    static class RecordBatchSignature implements JavaDelegate {
        private final BatchComposition composition;
        private final LetterReception reception;
        private final Actors actors;

        RecordBatchSignature(BatchComposition composition, LetterReception reception, Actors actors) {
            this.composition = composition;
            this.reception = reception;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = batchId(execution);
            BatchComposition.LeaderDecision d = refusing(() -> composition.decideSignature(id,
                    LEADER_DECISION.get(execution), LEADER_COMMENT.get(execution), actors.of(execution)));
            LEADER_DECISION.set(execution, d.name());
            if (d == BatchComposition.LeaderDecision.RETURN) {
                execution.setVariables(LetterIntake.candidateVariables(reception.candidates(id)));
            }
        }
    }

    /** Task_RecordDispatch. */
    @Component("recordDispatchDelegate")
    static class RecordDispatch implements JavaDelegate {
        private final BatchComposition composition;
        private final BatchTaskView view;
        private final Actors actors;

        RecordDispatch(BatchComposition composition, BatchTaskView view, Actors actors) {
            this.composition = composition;
            this.view = view;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = batchId(execution);
            var ref = refusing(() -> composition.send(id, OUTGOING_NUMBER.get(execution), SENT_DATE.get(execution),
                    CHANNEL.get(execution), actors.of(execution), execution.getProcessInstanceId()));
            DOCUMENT_URL.set(execution, ref.downloadPath());
            REPLY_UPLOAD_URL.set(execution, "/pc06-reply.html?batch=" + id);
            execution.setVariables(Pc06ReplyUpload.statusVariables(view, id));
        }
    }

    /** Task_ApplyPC06Decisions: the ticked persons, approved or rejected with their reasons. */
    @Component("applyPc06DecisionsDelegate")
    static class ApplyPc06Decisions implements JavaDelegate {
        private final Pc06Decisions decisions;
        private final BatchTaskView view;
        private final Actors actors;

        ApplyPc06Decisions(Pc06Decisions decisions, BatchTaskView view, Actors actors) {
            this.decisions = decisions;
            this.view = view;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = batchId(execution);
            String reasons = refusing(() -> {
                try {
                    return PlainText.paragraph(REASONS.get(execution), 4000);
                } catch (IllegalArgumentException e) {
                    throw new AggregationException("Reasons refused", Wording.of("aggregation.decisions.reasonsInvalid", e.getMessage()));
                }
            });
            List<DecisionInput> inputs = TypedDecisions.parse(refusing(() -> list(Messages.text("aggregation.decisions.approvedLabel"), () -> APPROVED.get(execution))),
                    refusing(() -> list(Messages.text("aggregation.decisions.rejectedLabel"), () -> REJECTED.get(execution))), reasons);
            List<String> confirmed = refusing(() -> list(Messages.text("aggregation.decisions.revokedLabel"), () -> CONFIRMED_REVOCATIONS.get(execution)));
            if (inputs.isEmpty() && confirmed.isEmpty() && !view.allDecided(id)) {
                throw new BadUserRequestException(Messages.text("aggregation.decisions.noneChosen"));
            }
            Actor actor = actors.of(execution);
            refusing(() -> decisions.recordDecisions(id, inputs, actor, "TASK"));
            refusing(() -> decisions.confirmRevocations(id, confirmed, actor));
            for (var v : List.of(APPROVED, REJECTED, REASONS, REPLY_ISSUES, CONFIRMED_REVOCATIONS)) {
                v.remove(execution);
            }
            execution.setVariables(Pc06ReplyUpload.statusVariables(view, id));
        }
    }

    /** Task_CloseBatch. */
    @Component("closeBatchDelegate")
    static class CloseBatch implements JavaDelegate {
        private final Pc06Decisions decisions;

        CloseBatch(Pc06Decisions decisions) {
            this.decisions = decisions;
        }

        @Override
        public void execute(DelegateExecution execution) {
            decisions.close(batchId(execution));
        }
    }

    /** Task_RemindPC06FollowUp: the aggregator is told to chase PC06 for the persons still pending. */
    @Component("remindPc06FollowUpDelegate")
    static class RemindPc06FollowUp implements JavaDelegate, TextTemplate.Catalog {
        private final BatchTaskView view;
        private final Notifier notifier;

        /** The reminder's wording: documents/thu/dot-pc06-don-doc.ftl. */
        static final MessageTemplate FOLLOW_UP = MessageTemplate.of("dot-pc06-don-doc",
                Map.of("dot", "DOT-3", "conLai", 2));
        private final DocumentTexts texts;

        RemindPc06FollowUp(BatchTaskView view, Notifier notifier, DocumentTexts texts) {
            this.view = view;
            this.notifier = notifier;
            this.texts = texts;
        }

        @Override
        public List<MessageTemplate> templates() {
            return List.of(FOLLOW_UP);
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = batchId(execution);
            int pending = view.pendingOptions(id).size();
            String label = view.batchLabel(id);
            DocumentTexts.Message m = texts.message(FOLLOW_UP, Map.of("dot", label, "conLai", pending));
            notifier.notify(view.aggregatorStaff(), m.subject(), m.body(), businessKey(id));
        }
    }

    /** A checklist as submitted; a list that is not one is the person's to fix. */
    private static List<String> list(String label, java.util.function.Supplier<List<String>> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw new AggregationException("Bad list", label + ": " + e.getMessage() + ".");
        }
    }
}
