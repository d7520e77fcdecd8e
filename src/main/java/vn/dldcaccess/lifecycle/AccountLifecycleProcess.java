package vn.dldcaccess.lifecycle;

/** Ids and variable names of Process_AccountLifecycle (bpmn/account-lifecycle.bpmn). */
final class AccountLifecycleProcess {
    static final String KEY = "Process_AccountLifecycle";
    static final String MESSAGE_ACCOUNT_CLOSED = "Message_AccountClosed";

    static final String ACCOUNT_ID = "accountId";
    static final String HOLDER = "holder";
    static final String PASSWORD_DUE = "passwordDue";
    static final String ACCOUNT_SUMMARY = "accountSummary";
    static final String CHANGED_ON = "passwordChangedOn";

    static String businessKey(long accountId) {
        return "TK-" + accountId;
    }

    private AccountLifecycleProcess() {
    }
}
