package vn.dldcaccess.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.calendar.TimerDates;

import java.time.ZoneId;
import java.util.Date;

/** Timer dates of the password tasks, read by timer expressions (hence public). */
@Component("passwordDeadlines")
public class PasswordDeadlines {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final LifecycleProperties properties;
    private final TimerDates workingDays;
    private final AccountRegister accounts;

    PasswordDeadlines(LifecycleProperties properties, TimerDates workingDays, AccountRegister accounts) {
        this.properties = properties;
        this.workingDays = workingDays;
        this.accounts = accounts;
    }

    /** For process tests that run the engine without Spring. */
    public static PasswordDeadlines of(int reminder, int unitHead, int office, TimerDates workingDays,
                                       AccountRegister accounts) {
        return new PasswordDeadlines(new LifecycleProperties(reminder, unitHead, office), workingDays, accounts);
    }

    /** Timer_PasswordDue: 08:00 on the day the next change is due (at once when that day has passed). */
    public Date due(DelegateExecution execution) {
        long accountId = AccountLifecycleProcess.accountId(execution.getProcessBusinessKey())
                .orElseThrow(() -> new IllegalStateException("No account in " + execution.getProcessBusinessKey()));
        return Date.from(accounts.passwordStatus(accountId).passwordDueOn().atTime(8, 0).atZone(VN).toInstant());
    }

    public Date reminder() {
        return workingDays.after(properties.reminderWorkingDays());
    }

    public Date unitHead() {
        return workingDays.after(properties.unitHeadWorkingDays());
    }

    public Date office() {
        return workingDays.after(properties.officeWorkingDays());
    }
}
