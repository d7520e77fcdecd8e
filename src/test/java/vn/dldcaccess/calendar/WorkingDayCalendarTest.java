package vn.dldcaccess.calendar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    final WorkingDayCalendar calendar = load();

    static WorkingDayCalendar load() {
        try (InputStream in = WorkingDayCalendarTest.class.getResourceAsStream("/calendar/holidays-vn.yml")) {
            return Holidays.calendarFrom(in, VN);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void tetIsSkipped() {
        // Friday before Tết 2026 + 1 working day = Monday 23 Feb (16–20 Feb off)
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 9))).isFalse();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 27))).isEqualTo(5);
    }

    @Test
    void monthEndAndWeekends() {
        // Thursday 29 Jan 2026 + 2 = Monday 2 Feb
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 1, 29), 2)).isEqualTo(LocalDate.of(2026, 2, 2));
        // Thursday 30 Apr 2026 (holiday) → starts Monday 4 May (1 May holiday), +0
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 30), 0)).isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void makeUpSaturdayIsAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    }

    @Test
    void instantsKeepTheirTimeAndWeekendStartsCountFromMonday() {
        Instant fri = ZonedDateTime.parse("2026-11-27T15:30:00+07:00").toInstant();
        assertThat(calendar.addWorkingDays(fri, 2)).isEqualTo(ZonedDateTime.parse("2026-12-01T15:30:00+07:00").toInstant());
        Instant sat = ZonedDateTime.parse("2026-11-28T21:00:00+07:00").toInstant();
        assertThat(calendar.addWorkingDays(sat, 2)).isEqualTo(ZonedDateTime.parse("2026-12-02T00:00:00+07:00").toInstant());
    }

    @Test
    void shippedDataCoversTheYearsThatMatter() {
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2027)).isTrue();
    }
}
