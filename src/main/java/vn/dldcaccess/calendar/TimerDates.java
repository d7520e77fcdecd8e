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

    public boolean isWorkingDayToday() {
        WorkingDayCalendar c = calendar.get();
        return c.isWorkingDay(ClockUtil.getCurrentTime().toInstant().atZone(c.zone()).toLocalDate());
    }

    /** The next working day after today, at the given hour (a schedule that fell on a holiday waits for it). */
    public Date nextWorkingDayAt(int hour) {
        WorkingDayCalendar c = calendar.get();
        java.time.LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(c.zone()).toLocalDate();
        return Date.from(c.addWorkingDays(today.plusDays(1), 0).atTime(hour, 0).atZone(c.zone()).toInstant());
    }

    /** The next time the (Spring) cron matches, moved day by day to a working day at the same time of day. */
    public Date nextOnWorkingDay(String cron) {
        WorkingDayCalendar c = calendar.get();
        java.time.ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(c.zone());
        java.time.ZonedDateTime next = org.springframework.scheduling.support.CronExpression.parse(cron).next(now);
        while (!c.isWorkingDay(next.toLocalDate())) {
            next = next.plusDays(1);
        }
        return Date.from(next.toInstant());
    }

    /** The calendar's time zone (Asia/Ho_Chi_Minh): the day a moment falls on. */
    public java.time.ZoneId zone() {
        return calendar.get().zone();
    }

    /** {@code n} working days after {@code from} (from the first working day on or after it). */
    public java.time.LocalDate addWorkingDays(java.time.LocalDate from, int n) {
        return calendar.get().addWorkingDays(from, n);
    }

    public Date after(int workingDays) {
        return Date.from(calendar.get().addWorkingDays(ClockUtil.getCurrentTime().toInstant(), workingDays));
    }
}
