package vn.dldcaccess.account;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneId;
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
                    (String) execution.getVariable(USERNAME), date(execution.getVariable(GRANTED_ON)));
            execution.setVariable(ACCOUNT_ID, view.id());
            execution.setProcessBusinessKey("TK-" + view.id());
        } catch (AccountException e) {
            throw new BadUserRequestException(e.vietnameseMessage());
        }
    }

    private static LocalDate date(Object raw) {
        if (raw instanceof java.util.Date d) {
            return d.toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        }
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        String t = raw.toString().strip();
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new AccountException("Unparseable date " + t, "Ngày cấp: dạng yyyy-MM-dd.");
        }
    }
}
