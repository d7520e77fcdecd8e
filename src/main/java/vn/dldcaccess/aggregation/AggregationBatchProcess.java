package vn.dldcaccess.aggregation;

import vn.dldcaccess.shared.IdKey;
import vn.dldcaccess.shared.ProcessVariable;

import java.util.List;

import static vn.dldcaccess.shared.ProcessVariable.date;
import static vn.dldcaccess.shared.ProcessVariable.flag;
import static vn.dldcaccess.shared.ProcessVariable.json;
import static vn.dldcaccess.shared.ProcessVariable.list;
import static vn.dldcaccess.shared.ProcessVariable.markdown;
import static vn.dldcaccess.shared.ProcessVariable.link;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_AggregationBatch (bpmn/aggregation-batch.bpmn). The business key
 * "DOT-{id}" names the batch every step acts on; its tasks go to the aggregator's roles, fixed in the model.
 */
final class AggregationBatchProcess {
    static final String KEY = "Process_AggregationBatch";
    static final String MESSAGE_LETTER_RECEIVED = "Message_AgencyLetterReceived";
    static final String MESSAGE_THRESHOLD_REACHED = "Message_BatchThresholdReached";
    static final String MESSAGE_REPLY_UPLOADED = "Message_PC06ReplyUploaded";
    static final String TASK_COMPOSE = "Task_ComposeBatch";
    static final String TASK_RECORD_DECISIONS = "Task_RecordPC06Decisions";
    static final String COMPOSE_FORM = "compose-batch";
    static final String SIGN_FORM = "sign-batch-letter";
    static final String SEND_FORM = "send-to-pc06";
    static final String DECISIONS_FORM = "record-pc06-decisions";

    static final ProcessVariable<Object> WAITING_LETTERS = json("waitingLetters");
    static final ProcessVariable<String> WAITING_TEXT = markdown("waitingLettersText");
    static final ProcessVariable<List<String>> CHOSEN_LETTERS = list("chosenLetters").fromForms(COMPOSE_FORM);
    static final ProcessVariable<String> SUMMARY = markdown("batchSummary");
    static final ProcessVariable<String> DOCUMENT_URL = link("batchDocumentUrl");
    static final ProcessVariable<String> LEADER_DECISION = text("leaderDecision").fromForms(SIGN_FORM);
    static final ProcessVariable<String> LEADER_COMMENT = text("leaderComment").fromForms(SIGN_FORM);
    static final ProcessVariable<String> OUTGOING_NUMBER = text("outgoingNumber").fromForms(SEND_FORM);
    static final ProcessVariable<String> SENT_DATE = date("sentDate").fromForms(SEND_FORM);
    static final ProcessVariable<String> CHANNEL = text("channel").fromForms(SEND_FORM);
    static final ProcessVariable<Object> PENDING_PERSONS = json("pendingPersons");
    static final ProcessVariable<String> DECISIONS_TEXT = markdown("decisionsText");
    static final ProcessVariable<List<String>> APPROVED = list("approvedRequests").fromForms(DECISIONS_FORM);
    static final ProcessVariable<List<String>> REJECTED = list("rejectedRequests").fromForms(DECISIONS_FORM);
    static final ProcessVariable<String> REASONS = text("rejectionReasons").fromForms(DECISIONS_FORM);
    static final ProcessVariable<Boolean> ALL_DECIDED = flag("allDecided");
    /** The upload page of PC06's reply for this batch, a link on the decisions form. */
    static final ProcessVariable<String> REPLY_UPLOAD_URL = link("replyUploadUrl");
    /** What an uploaded reply left for a person: plain text, shown in a read-only field. */
    static final ProcessVariable<String> REPLY_ISSUES = text("replyIssues");
    static final ProcessVariable<Object> PENDING_REVOCATIONS = json("pendingRevocations");
    static final ProcessVariable<List<String>> CONFIRMED_REVOCATIONS = list("confirmedRevocations")
            .fromForms(DECISIONS_FORM);

    static final IdKey BUSINESS_KEY = new IdKey("DOT");

    static String businessKey(long batchId) {
        return BUSINESS_KEY.of(batchId);
    }

    /** The batch a business key names (-1: none). */
    static long batchId(String businessKey) {
        return BUSINESS_KEY.id(businessKey);
    }

    private AggregationBatchProcess() {
    }
}
