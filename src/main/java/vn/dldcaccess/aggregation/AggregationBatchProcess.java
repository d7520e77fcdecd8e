package vn.dldcaccess.aggregation;

/** Ids and variable names of Process_AggregationBatch (bpmn/aggregation-batch.bpmn). */
final class AggregationBatchProcess {
    static final String KEY = "Process_AggregationBatch";
    static final String MESSAGE_LETTER_RECEIVED = "Message_AgencyLetterReceived";
    static final String MESSAGE_THRESHOLD_REACHED = "Message_BatchThresholdReached";
    static final String MESSAGE_REPLY_UPLOADED = "Message_PC06ReplyUploaded";
    static final String TASK_COMPOSE = "Task_ComposeBatch";
    static final String TASK_RECORD_DECISIONS = "Task_RecordPC06Decisions";

    static final String BATCH_ID = "batchId";
    static final String WAITING_LETTERS = "waitingLetters";
    static final String WAITING_TEXT = "waitingLettersText";
    static final String CHOSEN_LETTERS = "chosenLetters";
    static final String SUMMARY = "batchSummary";
    static final String DOCUMENT_URL = "batchDocumentUrl";
    static final String LEADER_DECISION = "leaderDecision";
    static final String LEADER_COMMENT = "leaderComment";
    static final String OUTGOING_NUMBER = "outgoingNumber";
    static final String SENT_DATE = "sentDate";
    static final String CHANNEL = "channel";
    static final String PENDING_PERSONS = "pendingPersons";
    static final String DECISIONS_TEXT = "decisionsText";
    static final String APPROVED = "approvedRequests";
    static final String REJECTED = "rejectedRequests";
    static final String REASONS = "rejectionReasons";
    static final String ALL_DECIDED = "allDecided";
    static final String REPLY_ISSUES = "replyIssues";
    static final String PENDING_REVOCATIONS = "pendingRevocations";
    static final String CONFIRMED_REVOCATIONS = "confirmedRevocations";

    static String businessKey(long batchId) {
        return "DOT-" + batchId;
    }

    private AggregationBatchProcess() {
    }
}
