package vn.dldcaccess.revocation;

/** Ids and variable names of Process_AccountRevocation (bpmn/account-revocation.bpmn). */
final class AccountRevocationProcess {
    static final String KEY = "Process_AccountRevocation";
    static final String REPORTER = "reporter";
    static final String REVOCATION_ID = "revocationId";
    static final String CLOSE_ITEMS = "closeItems";
    static final String ITEM_ID = "itemId";
    static final String SUMMARY = "revocationSummary";
    static final String CLOSE_SUMMARY = "closeSummary";
    static final String ADMINISTRATORS = "administratorsGroup";
    static final String DLDC = "dldcAccount";
    static final String MESSAGE_PC06_CONFIRMED = "Message_Pc06RevocationConfirmed";
    static final String CLOSED_ON = "closedOn";
    static final String NOTICE_URL = "closureNoticeUrl";

    private AccountRevocationProcess() {
    }
}
