package vn.dldcaccess.account;

/** Ids and variable names of Process_AccountRecording (bpmn/account-recording.bpmn). */
final class AccountRecordingProcess {
    static final String KEY = "Process_AccountRecording";
    static final String INITIATOR = "officeUser";
    static final String SYSTEM = "accountSystem";
    static final String HOLDER = "holderUsername";
    static final String USERNAME = "accountUsername";
    static final String GRANTED_ON = "grantedOn";
    static final String ACCOUNT_ID = "accountId";

    private AccountRecordingProcess() {
    }
}
