package vn.dldcaccess.registration;

/** Ids and variable names of Process_AccountRegistration (bpmn/account-registration.bpmn). */
final class AccountRegistrationProcess {
    static final String KEY = "Process_AccountRegistration";
    static final String MESSAGE_INCLUDED_IN_AGENCY_LETTER = "Message_IncludedInAgencyLetter";
    static final String MESSAGE_INCLUDED_IN_AGGREGATION_BATCH = "Message_IncludedInAggregationBatch";

    static final String APPLICANT = "applicant";
    static final String REGISTRATION_ID = "registrationId";
    static final String REQUEST_NUMBER = "requestNumber";
    static final String UNIT_HEAD_GROUP = "unitHeadGroup";
    static final String SUMMARY = "registrationSummary";
    static final String DECISION = "decision";
    static final String DECISION_COMMENT = "decisionComment";
    static final String UNIT_HEAD_DECISION = "unitHeadDecision";
    static final String RETURN_COMMENT = "returnComment";
    static final String REJECTION_REASON = "rejectionReason";
    static final String FORM_DOCUMENT_ID = "registrationFormDocumentId";
    static final String FORM_DOCUMENT_URL = "registrationFormUrl";
    static final String AGENCY_LETTER_ID = "agencyLetterId";

    private AccountRegistrationProcess() {
    }
}
