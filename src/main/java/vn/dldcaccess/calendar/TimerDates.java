package vn.dldcaccess.calendar;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import java.util.Date;

/**
 * Timer glue: BPMN timers take their due dates from here ({@code ${workingDays.after(2)}}), so every timer
 * counts working days and follows the engine clock (which tests move).
 */
@Component("workingDays")
public class TimerDates {
    private final Holidays holidays;

    TimerDates(Holidays holidays) {
        this.holidays = holidays;
    }

    public Date after(int workingDays) {
        return Date.from(holidays.calendar().addWorkingDays(ClockUtil.getCurrentTime().toInstant(), workingDays));
    }
}
