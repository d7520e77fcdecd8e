package vn.dldcaccess.account;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.FormValues;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static vn.dldcaccess.account.AccountRecordingProcess.*;

/** Task_RecordAccount: the agency office enters an iOffice or official e-mail account by hand. */
@Component("recordAccountByHandDelegate")
class RecordAccountByHandDelegate implements JavaDelegate {
    private final ManualAccounts manual;

    RecordAccountByHandDelegate(ManualAccounts manual) {
        this.manual = manual;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            AccountView view = manual.record((String) execution.getVariable(INITIATOR),
                    (String) execution.getVariable(SYSTEM), (String) execution.getVariable(HOLDER),
                    (String) execution.getVariable(USERNAME), grantedOn(execution.getVariable(GRANTED_ON)));
            execution.setVariable(ACCOUNT_ID, view.id());
            execution.setProcessBusinessKey("TK-" + view.id());
        } catch (AccountException e) {
            throw new BadUserRequestException(e.vietnameseMessage());
        }
    }

    private static LocalDate grantedOn(Object raw) {
        try {
            return FormValues.date(raw);
        } catch (DateTimeParseException e) {
            throw new AccountException("Unparseable date " + raw, "Ngày cấp: dạng yyyy-MM-dd.");
        }
    }
}
