package vn.dldcaccess.lifecycle;

import vn.dldcaccess.shared.IdKey;
import vn.dldcaccess.shared.ProcessVariable;

import static vn.dldcaccess.shared.ProcessVariable.date;
import static vn.dldcaccess.shared.ProcessVariable.flag;
import static vn.dldcaccess.shared.ProcessVariable.number;
import static vn.dldcaccess.shared.ProcessVariable.markdown;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_AccountLifecycle (bpmn/account-lifecycle.bpmn), and of the password steps
 * Process_AuthorizationLetter shares. The business key "TK-{account id}" names the account; its holder is the
 * one asked, from the account's row.
 */
final class AccountLifecycleProcess {
    static final String KEY = "Process_AccountLifecycle";
    static final String MESSAGE_ACCOUNT_CLOSED = "Message_AccountClosed";
    static final String CONFIRM_FORM = "confirm-password-changed";
    /** Process_AuthorizationLetter's form for the change after a giấy ủy quyền. */
    static final String AFTER_AUTHORIZATION_FORM = "change-password-after-authorization";

    /** Shown in Cockpit; the steps find the account by the business key. */
    static final ProcessVariable<Long> ACCOUNT_ID = number("accountId");
    /** Transient: only the gateway right after the check reads it. */
    static final ProcessVariable<Boolean> PASSWORD_DUE = flag("passwordDue");
    static final ProcessVariable<String> ACCOUNT_SUMMARY = markdown("accountSummary");
    static final ProcessVariable<String> CHANGED_ON = date("passwordChangedOn")
            .fromForms(CONFIRM_FORM, AFTER_AUTHORIZATION_FORM);

    static final IdKey BUSINESS_KEY = new IdKey("TK");

    static String businessKey(long accountId) {
        return BUSINESS_KEY.of(accountId);
    }

    /** The account a "TK-" key names (empty: not such a key). */
    static java.util.Optional<Long> accountId(String businessKey) {
        return BUSINESS_KEY.find(businessKey);
    }

    private AccountLifecycleProcess() {
    }
}
