package vn.dldcaccess.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;

import java.time.ZoneId;
import java.util.Date;

/** Timer dates of Process_AccountRevocation, read by its expressions (hence public). */
@Component("revocationDates")
public class RevocationSchedule {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final RevocationClosings closings;
    private final RevocationProperties properties;

    RevocationSchedule(RevocationClosings closings, RevocationProperties properties) {
        this.closings = closings;
        this.properties = properties;
    }

    /**
     * Task_CloseAccount's due date in the Tasklist (issue 21): the end of the office day of the deadline (handover
     * + 05 ngày), the day Timer_ClosingOverdue starts escalating after.
     */
    public Date due(DelegateExecution execution) {
        return Date.from(closings.deadline(execution.getProcessBusinessKey()).atTime(17, 0).atZone(VN).toInstant());
    }

    /** Timer_ClosingReminder: 08:00, some days before the deadline (at once when that has passed). */
    public Date reminder(DelegateExecution execution) {
        return Date.from(closings.deadline(execution.getProcessBusinessKey()).minusDays(properties.reminderDaysBefore()).atTime(8, 0)
                .atZone(VN).toInstant());
    }

    /** Timer_ClosingOverdue: 08:00 on the deadline, then every day. */
    public String escalationCycle(DelegateExecution execution) {
        return "R/" + closings.deadline(execution.getProcessBusinessKey()).atTime(8, 0).atZone(VN).toOffsetDateTime() + "/P1D";
    }
}
