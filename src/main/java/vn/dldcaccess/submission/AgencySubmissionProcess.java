package vn.dldcaccess.submission;

/** Ids and variable names of Process_AgencySubmission and its schedule (bpmn/agency-submission*.bpmn). */
final class AgencySubmissionProcess {
    static final String KEY = "Process_AgencySubmission";
    static final String INITIATOR = "officeUser";
    static final String AGENCY_CODE = "agencyCode";
    static final String LETTER_ID = "agencyLetterId";
    static final String OFFICE_GROUP = "officeGroup";
    static final String DIRECTOR_GROUP = "directorGroup";
    static final String CANDIDATES = "candidateRequests";
    static final String CANDIDATE_FORMS = "candidateForms";
    static final String INCLUDED = "includedRequestNumbers";
    static final String LETTER_NUMBER = "letterNumber";
    static final String LETTER_DATE = "letterDate";
    static final String SUMMARY = "letterSummary";
    static final String DOCUMENT_URL = "letterDocumentUrl";
    static final String DIRECTOR_DECISION = "directorDecision";
    static final String DIRECTOR_COMMENT = "directorComment";

    private AgencySubmissionProcess() {
    }
}
