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

    /** Timer_PC06FollowUp: the next reminder to chase PC06's reply. */
    public Date followUp() {
        return workingDays.after(properties.followUpWorkingDays());
    }
}
