package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.calendar.TimerDates;

import java.util.Date;

/** Timer dates of Process_AggregationBatch, read by its timer expressions (hence public). */
@Component("aggregationSchedule")
public class AggregationSchedule {
    private final AggregationProperties properties;
    private final TimerDates workingDays;

    AggregationSchedule(AggregationProperties properties, TimerDates workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** For process tests that run the engine without Spring. */
    public static AggregationSchedule of(String composeCron, int followUpWorkingDays, TimerDates workingDays) {
        return new AggregationSchedule(new AggregationProperties(composeCron, 0, followUpWorkingDays), workingDays);
    }

    /** Timer_ScheduledComposition: the next scheduled composition, on a working day. */
    public Date nextComposition() {
        return workingDays.nextOnWorkingDay(properties.composeCron());
    }

    /**
     * Task_RecordPC06Decisions's due date in the Tasklist (issue 21): PC06's reply is expected within the follow-up's
     * working days of the day the letter was sent (the date the server checked when it was recorded), by the end
     * of that office day; none before the letter is sent.
     */
    public Date replyDue(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        java.time.LocalDate sent = vn.dldcaccess.shared.FormValues.date(AggregationBatchProcess.SENT_DATE.get(execution));
        return sent == null ? null : Date.from(workingDays.addWorkingDays(sent, properties.followUpWorkingDays())
                .atTime(17, 0).atZone(workingDays.zone()).toInstant());
    }

    /** Timer_PC06FollowUp: the next reminder to chase PC06's reply. */
    public Date followUp() {
        return workingDays.after(properties.followUpWorkingDays());
    }
}
