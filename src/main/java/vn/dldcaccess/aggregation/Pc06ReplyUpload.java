package vn.dldcaccess.aggregation;

import vn.dldcaccess.shared.ProcessVariable;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.shared.Messages;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static vn.dldcaccess.aggregation.AggregationBatchProcess.*;

/**
 * Applies an uploaded PC06 reply and tells the batch (Message_PC06ReplyUploaded), so that the decisions task
 * comes back with what is still pending and the rows a person must resolve.
 */
@Component
class Pc06ReplyUpload {
    private final Pc06Decisions decisions;
    private final BatchTaskView view;
    private final ReplyFileReader reader;
    private final RuntimeService runtime;

    Pc06ReplyUpload(Pc06Decisions decisions, BatchTaskView view, ReplyFileReader reader, RuntimeService runtime) {
        this.decisions = decisions;
        this.view = view;
        this.reader = reader;
        this.runtime = runtime;
    }

    /** The file's rows; an unreadable file is refused before any engine work starts. */
    List<ReplyRow> read(String fileName, byte[] content) {
        return reader.read(fileName, content);
    }

    /** The rows applied, the batch's variables and the message to its process: one transaction. */
    @Transactional
    ReplyReport upload(long batchId, String fileName, List<ReplyRow> rows, Actor actor) {
        ReplyReport report = decisions.applyReply(batchId, rows, actor);
        Map<String, Object> vars = statusVariables(view, batchId);
        vars.put(REPLY_ISSUES.name(), REPLY_ISSUES.stored(issuesText(fileName, report)));
        runtime.createMessageCorrelation(MESSAGE_REPLY_UPLOADED).processInstanceBusinessKey(businessKey(batchId))
                .setVariables(vars).correlateAll();
        return report;
    }

    static Map<String, Object> statusVariables(BatchTaskView view, long batchId) {
        return Variables.createVariables()
                .putValue(PENDING_PERSONS.name(), ProcessVariable.jsonValue(view.pendingOptions(batchId)))
                .putValue(PENDING_REVOCATIONS.name(), ProcessVariable.jsonValue(view.pendingRevocationOptions(batchId)))
                .putValue(DECISIONS_TEXT.name(), DECISIONS_TEXT.stored(view.decisionsText(batchId)))
                .putValue(ALL_DECIDED.name(), view.allDecided(batchId));
    }

    /** Plain text for a read-only field: file names and cells are shown as they are, never as markup. */
    static String issuesText(String fileName, ReplyReport r) {
        String head = Messages.text("aggregation.replyIssues.head", printable(fileName), r.applied(),
                r.alreadyRecorded());
        if (r.issues().isEmpty()) {
            return head;
        }
        return head + "\n\n" + Messages.text("aggregation.replyIssues.count", r.issues().size()) + "\n"
                + r.issues().stream().map(i -> "- " + printable(Messages.text("aggregation.replyIssues.row", i.row(),
                        i.requestNumber(), i.citizenId(), i.problem())))
                .collect(Collectors.joining("\n"));
    }

    /** One line: line breaks and other control characters a file may carry become spaces. */
    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ");
    }
}
