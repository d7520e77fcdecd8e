package vn.dldcaccess.authorization;

import vn.dldcaccess.shared.IdKey;
import vn.dldcaccess.shared.ProcessVariable;

import java.util.List;

import static vn.dldcaccess.shared.ProcessVariable.date;
import static vn.dldcaccess.shared.ProcessVariable.markdown;
import static vn.dldcaccess.shared.ProcessVariable.link;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_AuthorizationLetter (bpmn/authorization-letter.bpmn). The business key
 * "UQ-{id}" names the letter; its holder (the person who filed it, logged in), its delegate and her unit's heads
 * are the ones asked, from its row.
 */
final class AuthorizationLetterProcess {
    static final String KEY = "Process_AuthorizationLetter";
    static final String MESSAGE_CANCELLED = "Message_AuthorizationCancelled";
    static final String FORM = "authorization-letter";
    static final String ACCEPT_FORM = "accept-authorization";
    static final String APPROVE_FORM = "approve-authorization";
    static final String ACTIVE_FORM = "authorization-active";
    static final String CHANGE_PASSWORD_FORM = "change-password-after-authorization";

    static final ProcessVariable<String> ACCOUNT_SYSTEM = text("accountSystem").fromForms(FORM);
    static final ProcessVariable<String> DELEGATE = text("delegateUsername").fromForms(FORM);
    static final ProcessVariable<String> VALID_FROM = date("validFrom").fromForms(FORM);
    static final ProcessVariable<String> VALID_TO = date("validTo").fromForms(FORM);
    static final ProcessVariable<String> REASON = text("reasonCode").fromForms(FORM);
    static final ProcessVariable<String> REASON_DETAIL = text("reasonDetail").fromForms(FORM);
    static final ProcessVariable<String> SCOPE = text("scope").fromForms(FORM);
    static final ProcessVariable<String> HOLDER_DUTIES = text("holderDuties").fromForms(FORM);
    static final ProcessVariable<String> DELEGATE_DUTIES = text("delegateDuties").fromForms(FORM);
    static final List<ProcessVariable<String>> FORM_FIELDS = List.of(ACCOUNT_SYSTEM, DELEGATE, VALID_FROM, VALID_TO,
            REASON, REASON_DETAIL, SCOPE, HOLDER_DUTIES, DELEGATE_DUTIES);

    /** Plain text of the letter, shown read-only to the unit head and the holder. */
    static final ProcessVariable<String> SUMMARY = text("authorizationSummary");
    static final ProcessVariable<String> DELEGATE_ANSWER = text("delegateAnswer").fromForms(ACCEPT_FORM);
    static final ProcessVariable<String> DELEGATE_COMMENT = text("delegateComment").fromForms(ACCEPT_FORM);
    static final ProcessVariable<String> DECISION = text("authorizationDecision").fromForms(APPROVE_FORM);
    static final ProcessVariable<String> COMMENT = text("decisionComment").fromForms(APPROVE_FORM);
    static final ProcessVariable<String> DOCUMENT_URL = link("authorizationDocumentUrl");
    static final ProcessVariable<String> ACTIVE_SUMMARY = markdown("activeSummary");
    static final ProcessVariable<String> END_REASON = text("endReason").fromForms(ACTIVE_FORM);
    static final ProcessVariable<String> CHANGED_ON = date("passwordChangedOn").fromForms(CHANGE_PASSWORD_FORM);
    /** Carried by Message_AuthorizationCancelled. */
    static final ProcessVariable<String> CANCEL_REASON = text("cancelReason");

    static final IdKey BUSINESS_KEY = new IdKey("UQ");

    static String businessKey(long id) {
        return BUSINESS_KEY.of(id);
    }

    /** The letter a "UQ-" key names (-1: not such a key). */
    static long authorizationId(String businessKey) {
        return BUSINESS_KEY.id(businessKey);
    }

    private AuthorizationLetterProcess() {
    }
}
