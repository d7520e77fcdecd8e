package vn.dldcaccess.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;

/**
 * Working-day arithmetic. Immutable: built from the holiday data, swapped whole when the data changes.
 */
public final class WorkingDayCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final ZoneId zone;
    private final int firstYear;
    private final int lastYear;

    WorkingDayCalendar(Map<LocalDate, DayKind> days, ZoneId zone) {
        this.holidays = days.entrySet().stream().filter(e -> e.getValue() == DayKind.HOLIDAY)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.makeUpWorkdays = days.entrySet().stream().filter(e -> e.getValue() == DayKind.MAKEUP_WORKDAY)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.zone = zone;
        this.firstYear = days.keySet().stream().mapToInt(LocalDate::getYear).min().orElse(Integer.MAX_VALUE);
        this.lastYear = days.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(Integer.MIN_VALUE);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the holiday data covers the year; outside it only weekends are known. */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The day {@code n} working days after {@code from} (n ≥ 0); n = 0 gives the first working day from it. */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = from;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < n; i++) {
            day = day.plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    /**
     * The moment {@code n} working days after {@code from}, at the same time of day. A start outside working
     * days counts from the beginning of the next working day, so a request filed on Saturday is not due
     * before one filed on Monday morning.
     */
    public Instant addWorkingDays(Instant from, int n) {
        ZonedDateTime start = from.atZone(zone);
        LocalDate day = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        if (!isWorkingDay(day)) {
            time = LocalTime.MIDNIGHT;
        }
        return addWorkingDays(day, n).atTime(time).atZone(zone).toInstant();
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
