package vn.dldcaccess.account;

import vn.dldcaccess.shared.ProcessVariable;

import static vn.dldcaccess.shared.ProcessVariable.date;
import static vn.dldcaccess.shared.ProcessVariable.number;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_AccountRecording (bpmn/account-recording.bpmn): the office's start form.
 * The clerk is the person logged in; the holder is looked up in the organization file, within the clerk's agency.
 */
final class AccountRecordingProcess {
    static final String KEY = "Process_AccountRecording";
    static final String FORM = "record-account";

    static final ProcessVariable<String> SYSTEM = text("accountSystem").fromForms(FORM);
    static final ProcessVariable<String> HOLDER = text("holderUsername").fromForms(FORM);
    static final ProcessVariable<String> USERNAME = text("accountUsername").fromForms(FORM);
    static final ProcessVariable<String> GRANTED_ON = date("grantedOn").fromForms(FORM);
    static final ProcessVariable<Long> ACCOUNT_ID = number("accountId");

    private AccountRecordingProcess() {
    }
}
