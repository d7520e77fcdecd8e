package vn.dldcaccess.authorization;

/** Ids and variable names of Process_AuthorizationLetter (bpmn/authorization-letter.bpmn). */
final class AuthorizationLetterProcess {
    static final String KEY = "Process_AuthorizationLetter";
    static final String MESSAGE_CANCELLED = "Message_AuthorizationCancelled";

    static final String HOLDER = "holder";
    static final String AUTHORIZATION_ID = "authorizationId";
    static final String ACCOUNT_ID = "accountId";
    static final String UNIT_HEAD_GROUP = "unitHeadGroup";
    static final String SUMMARY = "authorizationSummary";
    static final String DECISION = "authorizationDecision";
    static final String COMMENT = "decisionComment";
    static final String DOCUMENT_URL = "authorizationDocumentUrl";
    static final String ACTIVE_SUMMARY = "activeSummary";
    static final String END_REASON = "endReason";
    static final String CANCEL_REASON = "cancelReason";
    static final String ACCOUNT_SUMMARY = "accountSummary";

    static String businessKey(long id) {
        return "UQ-" + id;
    }

    private AuthorizationLetterProcess() {
    }
}
