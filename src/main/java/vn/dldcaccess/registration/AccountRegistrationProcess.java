package vn.dldcaccess.registration;

/** Ids and variable names of Process_AccountRegistration (bpmn/account-registration.bpmn). */
final class AccountRegistrationProcess {
    static final String KEY = "Process_AccountRegistration";
    static final String MESSAGE_INCLUDED_IN_AGENCY_LETTER = "Message_IncludedInAgencyLetter";
    static final String MESSAGE_PC06_DECISION = "Message_PC06Decision";

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
    static final String PC06_DECISION = "pc06Decision";
    static final String PC06_REASON = "pc06Reason";
    static final String TTHC_ADMINS_GROUP = "tthcAdminsGroup";
    static final String ACCOUNT_USERNAME = "tthcAccountUsername";
    static final String ACCOUNT_CREATED_ON = "accountCreatedOn";
    static final String ACCOUNT_ID = "accountId";

    private AccountRegistrationProcess() {
    }
}
