package vn.dldcaccess.registration;

import vn.dldcaccess.shared.ProcessVariable;

import java.util.Arrays;
import java.util.List;

import static vn.dldcaccess.shared.ProcessVariable.date;
import static vn.dldcaccess.shared.ProcessVariable.flag;
import static vn.dldcaccess.shared.ProcessVariable.number;
import static vn.dldcaccess.shared.ProcessVariable.link;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_AccountRegistration (bpmn/account-registration.bpmn): each variable, its
 * type and who writes it. The business key is the request number; who acts, who is asked and which request a
 * step acts on come from the log-in and the request's row, never from these variables.
 */
final class AccountRegistrationProcess {
    static final String KEY = "Process_AccountRegistration";
    static final String MESSAGE_INCLUDED_IN_AGENCY_LETTER = "Message_IncludedInAgencyLetter";
    static final String MESSAGE_PC06_DECISION = "Message_PC06Decision";

    static final String FORM_1658 = "account-registration";
    static final String CONFIRM_FORM = "confirm-by-unit-head";
    static final String PROVISION_FORM = "provision-account";

    /** Form 1658's fields, as the applicant submits them at the start and in Task_CorrectRegistration. */
    static final List<ProcessVariable<?>> FORM_1658_FIELDS = Arrays.stream(Form1658Field.values())
            .filter(f -> f != Form1658Field.AGENCY)
            .<ProcessVariable<?>>map(f -> switch (f) {
                case DATE_OF_BIRTH -> date(f.key()).fromForms(FORM_1658);
                case COMMITMENT_1, COMMITMENT_2, COMMITMENT_3, COMMITMENT_4, COMMITMENT_5, COMMITMENT_6 ->
                        flag(f.key()).fromForms(FORM_1658);
                default -> text(f.key()).fromForms(FORM_1658);
            }).toList();

    static final ProcessVariable<String> REQUEST_NUMBER = text("requestNumber");
    /** Plain text of the stored form, shown to the unit head in a read-only field. */
    static final ProcessVariable<String> SUMMARY = text("registrationSummary");
    static final ProcessVariable<String> DECISION = text("decision").fromForms(CONFIRM_FORM);
    static final ProcessVariable<String> DECISION_COMMENT = text("decisionComment").fromForms(CONFIRM_FORM);
    /** The gateway's outcome of the unit head's decision. */
    static final ProcessVariable<String> UNIT_HEAD_DECISION = text("unitHeadDecision");
    static final ProcessVariable<String> RETURN_COMMENT = text("returnComment");
    static final ProcessVariable<String> REJECTION_REASON = text("rejectionReason");
    static final ProcessVariable<Long> FORM_DOCUMENT_ID = number("registrationFormDocumentId");
    static final ProcessVariable<String> FORM_DOCUMENT_URL = link("registrationFormUrl");
    /** Carried by Message_IncludedInAgencyLetter. */
    static final ProcessVariable<Long> AGENCY_LETTER_ID = number("agencyLetterId");
    /** Carried by Message_PC06Decision. */
    static final ProcessVariable<String> PC06_DECISION = text("pc06Decision");
    static final ProcessVariable<String> PC06_REASON = text("pc06Reason");
    static final ProcessVariable<String> ACCOUNT_USERNAME = text("tthcAccountUsername").fromForms(PROVISION_FORM);
    static final ProcessVariable<String> ACCOUNT_CREATED_ON = date("accountCreatedOn").fromForms(PROVISION_FORM);
    static final ProcessVariable<Long> ACCOUNT_ID = number("accountId");

    private AccountRegistrationProcess() {
    }
}
