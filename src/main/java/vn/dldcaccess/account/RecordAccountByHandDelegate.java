package vn.dldcaccess.account;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Wording;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static vn.dldcaccess.account.AccountRecordingProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Task_RecordAccount: the agency office logged in enters an iOffice or official e-mail account by hand. */
@Component("recordAccountByHandDelegate")
class RecordAccountByHandDelegate implements JavaDelegate {
    private final ManualAccounts manual;
    private final Actors actors;

    RecordAccountByHandDelegate(ManualAccounts manual, Actors actors) {
        this.manual = manual;
        this.actors = actors;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountView view = refusing(() -> manual.record(actors.of(execution), SYSTEM.get(execution),
                HOLDER.get(execution), USERNAME.get(execution), grantedOn(GRANTED_ON.get(execution))));
        ACCOUNT_ID.set(execution, view.id());
        execution.setProcessBusinessKey("TK-" + view.id());
    }

    private static LocalDate grantedOn(String raw) {
        try {
            return FormValues.date(raw);
        } catch (DateTimeParseException e) {
            throw new AccountException("Unparseable date", Wording.of("account.grantedOn.notADate", FormValues.notADate()));
        }
    }
}
