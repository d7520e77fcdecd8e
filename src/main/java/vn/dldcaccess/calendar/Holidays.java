package vn.dldcaccess.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Owns the holiday data: loads the file into {@code cal_day} at start (idempotent) and serves the current
 * {@link WorkingDayCalendar}.
 */
@Service
@Order(5)
public class Holidays implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(Holidays.class);
    private final SpecialDayRepository days;
    private final CalendarProperties properties;
    private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

    Holidays(SpecialDayRepository days, CalendarProperties properties) {
        this.days = days;
        this.properties = properties;
    }

    record HolidayFile(Map<Integer, List<Entry>> years) {
        record Entry(LocalDate date, DayKind kind, String name) {
        }
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        HolidayFile file = read();
        int changed = 0;
        for (Map.Entry<Integer, List<HolidayFile.Entry>> year : file.years().entrySet()) {
            for (HolidayFile.Entry e : year.getValue()) {
                if (e.date().getYear() != year.getKey()) {
                    throw new IllegalStateException("Holiday " + e.date() + " listed under year " + year.getKey());
                }
                DayKind kind = e.kind() == null ? DayKind.HOLIDAY : e.kind();
                SpecialDay day = days.findById(e.date()).orElse(null);
                if (day == null) {
                    days.save(new SpecialDay(e.date(), kind, e.name()));
                    changed++;
                } else if (!day.sameAs(kind, e.name())) {
                    day.update(kind, e.name());
                    changed++;
                }
            }
        }
        reload();
        log.info("Holiday data loaded for years {} ({} days changed)", file.years().keySet(), changed);
    }

    @Transactional(readOnly = true)
    public void reload() {
        Map<LocalDate, DayKind> map = new HashMap<>();
        days.findAll().forEach(d -> map.put(d.day(), d.kind()));
        current.set(new WorkingDayCalendar(map, properties.zone()));
    }

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar calendar = current.get();
        if (calendar == null) {
            reload();
            calendar = current.get();
        }
        return calendar;
    }

    private HolidayFile read() {
        try (InputStream in = properties.holidaysFile().getInputStream()) {
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read holiday file " + properties.holidaysFile(), e);
        }
    }

    private static HolidayFile parse(InputStream in) throws IOException {
        return new ObjectMapper(new YAMLFactory()).findAndRegisterModules().readValue(in, HolidayFile.class);
    }

    /** A calendar straight from a holiday file, without the database (process tests, benchmarks). */
    public static WorkingDayCalendar calendarFrom(InputStream in, java.time.ZoneId zone) throws IOException {
        Map<LocalDate, DayKind> map = new HashMap<>();
        parse(in).years().values().forEach(list -> list.forEach(
                e -> map.put(e.date(), e.kind() == null ? DayKind.HOLIDAY : e.kind())));
        return new WorkingDayCalendar(map, zone);
    }
}
