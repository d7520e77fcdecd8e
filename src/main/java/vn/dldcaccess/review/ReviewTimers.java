package vn.dldcaccess.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.springframework.stereotype.Component;
import vn.dldcaccess.calendar.TimerDates;

import java.time.ZoneId;
import java.util.Date;

/** Timer dates of Process_AccountReview, read by its timer expressions (hence public). */
@Component("reviewDates")
public class ReviewTimers {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final ReviewCampaigns campaigns;
    private final ReviewProperties properties;
    private final TimerDates workingDays;

    ReviewTimers(ReviewCampaigns campaigns, ReviewProperties properties, TimerDates workingDays) {
        this.campaigns = campaigns;
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** Task_ReviewUnitAccounts's due date in the Tasklist (issue 21): the end of the office day of the due date. */
    public Date due(DelegateExecution execution) {
        return Date.from(campaigns.dueDate(execution.getProcessBusinessKey()).atTime(17, 0).atZone(VN).toInstant());
    }

    /** Timer_ReviewOverdue: the morning after the due date. */
    public Date overdue(DelegateExecution execution) {
        return Date.from(campaigns.dueDate(execution.getProcessBusinessKey()).plusDays(1).atTime(8, 0).atZone(VN).toInstant());
    }

    /** Timer_ReviewEscalation: some working days after the due date. */
    public Date escalation(DelegateExecution execution) {
        return Date.from(workingDays.addWorkingDays(campaigns.dueDate(execution.getProcessBusinessKey()), properties.escalationWorkingDays())
                .atTime(8, 0).atZone(VN).toInstant());
    }
}
