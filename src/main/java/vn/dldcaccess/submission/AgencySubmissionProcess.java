package vn.dldcaccess.submission;

import vn.dldcaccess.shared.ProcessVariable;

import static vn.dldcaccess.shared.ProcessVariable.date;
import static vn.dldcaccess.shared.ProcessVariable.json;
import static vn.dldcaccess.shared.ProcessVariable.list;
import static vn.dldcaccess.shared.ProcessVariable.markdown;
import static vn.dldcaccess.shared.ProcessVariable.link;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_AgencySubmission and its schedule (bpmn/agency-submission*.bpmn). The
 * business key "CV-{agency}-{letter id}" names the letter every step acts on; who acts and who is asked come
 * from the log-in and the letter's agency.
 */
final class AgencySubmissionProcess {
    static final String KEY = "Process_AgencySubmission";
    static final String PREPARE_FORM = "prepare-agency-letter";
    static final String SIGN_FORM = "sign-by-director";

    /** Set by the schedule only, which opens a letter for each agency with waiting requests. */
    static final ProcessVariable<String> AGENCY_CODE = text("agencyCode");
    /** The waiting requests as options of the office's checklist. */
    static final ProcessVariable<Object> CANDIDATES = json("candidateRequests");
    /** Links to each waiting request's form 1658 (Markdown made of data the application escapes). */
    static final ProcessVariable<String> CANDIDATE_FORMS = markdown("candidateForms");
    static final ProcessVariable<java.util.List<String>> INCLUDED = list("includedRequestNumbers").fromForms(PREPARE_FORM);
    static final ProcessVariable<String> LETTER_NUMBER = text("letterNumber").fromForms(PREPARE_FORM);
    static final ProcessVariable<String> LETTER_DATE = date("letterDate").fromForms(PREPARE_FORM);
    /** Plain text of the prepared letter, shown to the director read-only. */
    static final ProcessVariable<String> SUMMARY = text("letterSummary");
    static final ProcessVariable<String> DOCUMENT_URL = link("letterDocumentUrl");
    /** Where the director uploads the letter signed with their own token (the agency signs so), else absent. */
    static final ProcessVariable<String> SIGNING_URL = link("signingUrl");
    static final ProcessVariable<String> DIRECTOR_DECISION = text("directorDecision").fromForms(SIGN_FORM);
    static final ProcessVariable<String> DIRECTOR_COMMENT = text("directorComment").fromForms(SIGN_FORM);
    /** How many letters the schedule opened (Process_AgencySubmissionSchedule). */
    static final ProcessVariable<Long> STARTED_LETTERS = ProcessVariable.number("startedLetters");

    static String businessKey(String agencyCode, long letterId) {
        return "CV-" + agencyCode + "-" + letterId;
    }

    /** The letter id in a business key made by {@link #businessKey}; -1 when it is not one. */
    static long letterId(String businessKey) {
        int dash = businessKey == null ? -1 : businessKey.lastIndexOf('-');
        try {
            return dash < 0 ? -1 : Long.parseLong(businessKey.substring(dash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private AgencySubmissionProcess() {
    }
}
