package vn.dldcaccess.calendar;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.function.Supplier;

/**
 * Timer glue: BPMN timers take their due dates from here ({@code ${workingDays.after(2)}}), so every timer
 * counts working days and follows the engine clock (which tests move).
 */
@Component("workingDays")
public class TimerDates {
    private final Supplier<WorkingDayCalendar> calendar;

    @org.springframework.beans.factory.annotation.Autowired
    TimerDates(Holidays holidays) {
        this.calendar = holidays::calendar;
    }

    private TimerDates(WorkingDayCalendar fixed) {
        this.calendar = () -> fixed;
    }

    /** For process tests and benchmarks that run the engine without Spring. */
    public static TimerDates of(WorkingDayCalendar calendar) {
        return new TimerDates(calendar);
    }

    public Date after(int workingDays) {
        return Date.from(calendar.get().addWorkingDays(ClockUtil.getCurrentTime().toInstant(), workingDays));
    }
}
