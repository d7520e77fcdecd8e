package vn.dldcaccess.revocation;

import vn.dldcaccess.shared.IdKey;
import vn.dldcaccess.shared.ProcessVariable;

import java.util.List;

import static vn.dldcaccess.shared.ProcessVariable.date;
import static vn.dldcaccess.shared.ProcessVariable.flag;
import static vn.dldcaccess.shared.ProcessVariable.json;
import static vn.dldcaccess.shared.ProcessVariable.list;
import static vn.dldcaccess.shared.ProcessVariable.number;
import static vn.dldcaccess.shared.ProcessVariable.markdown;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_AccountRevocation (bpmn/account-revocation.bpmn). The business key
 * "TH-{id}" names the report; the reporter is the person logged in; each closing instance's account is an item
 * of that report, closed by its system's administrators (from the item's row).
 */
final class AccountRevocationProcess {
    static final String KEY = "Process_AccountRevocation";
    static final String MESSAGE_PC06_CONFIRMED = "Message_Pc06RevocationConfirmed";
    static final String FORM = "leaver-report";
    static final String CLOSE_FORM = "close-account";

    static final ProcessVariable<String> PERSON = text("personUsername").fromForms(FORM);
    static final ProcessVariable<String> REASON = text("leaveReason").fromForms(FORM);
    static final ProcessVariable<String> HANDOVER = date("handoverDate").fromForms(FORM);
    static final ProcessVariable<String> NEW_POSITION = text("newPosition").fromForms(FORM);
    static final ProcessVariable<String> NEW_AGENCY = text("newAgency").fromForms(FORM);
    static final ProcessVariable<List<String>> KEEP_SYSTEMS = list("keepSystems").fromForms(FORM);
    static final List<ProcessVariable<?>> FORM_FIELDS = List.of(PERSON, REASON, HANDOVER, NEW_POSITION, NEW_AGENCY,
            KEEP_SYSTEMS);

    /** The items to close: the multi-instance collection. */
    static final ProcessVariable<Object> CLOSE_ITEMS = json("closeItems");
    /** Each closing instance's item (the engine's element variable). */
    static final ProcessVariable<Long> ITEM_ID = number("itemId").engine();
    static final ProcessVariable<String> SUMMARY = text("revocationSummary");
    static final ProcessVariable<String> CLOSE_SUMMARY = markdown("closeSummary");
    static final ProcessVariable<Boolean> DLDC = flag("dldcAccount");
    /**
     * Issue 22: an official e-mail account and the mail directory connector configured: the directory is tried
     * (asynchronously) before the office's task; otherwise the office's task comes at once, as before.
     */
    static final ProcessVariable<Boolean> TRY_MAIL_DIRECTORY = flag("tryMailDirectory");
    static final ProcessVariable<Boolean> CLOSED_IN_MAIL_DIRECTORY = flag("closedInMailDirectory");
    /** Why the mail directory did not disable it, for the office's task (read-only there). */
    static final ProcessVariable<String> MAIL_DIRECTORY_FAILURE = text("mailDirectoryFailure");
    static final ProcessVariable<String> CLOSED_ON = date("closedOn").fromForms(CLOSE_FORM);
    static final ProcessVariable<String> NOTICE_URL = text("closureNoticeUrl");

    static final IdKey BUSINESS_KEY = new IdKey("TH");

    static String businessKey(long id) {
        return BUSINESS_KEY.of(id);
    }

    /** The report's business key, its reference in every notice and the register. */
    static String businessKey(Revocation r) {
        return businessKey(r.id());
    }

    /** The report a "TH-" key names (-1: not such a key). */
    static long revocationId(String businessKey) {
        return BUSINESS_KEY.id(businessKey);
    }

    private AccountRevocationProcess() {
    }
}
