package vn.dldcaccess.tracking;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.account.PasswordChangeRecorded;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestStep;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Keeps the register: every step a feature publishes updates its request's row, adds a line to its timeline
 * and, when it leaves a stage, the time spent there to the dashboard's totals. It runs in the transaction of
 * the step, so the register never shows a step that was rolled back, nor misses one that was not.
 */
@Component
class RequestProjection {
    static final String PASSWORD_ON_TIME = "PASSWORD_ON_TIME";
    static final String PASSWORD_LATE = "PASSWORD_LATE";

    private final JdbcTemplate jdbc;
    private final TimerDates calendar;

    RequestProjection(JdbcTemplate jdbc, TimerDates calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    private record Current(long id, String stage, Instant stageSince, LocalDate deadline, boolean open,
                           LocalDate closedOn, Boolean onTime) {
    }

    static String stageMeasure(String kind, String stage) {
        return "STAGE:" + kind + ":" + stage;
    }

    @EventListener
    void on(RequestStep s) {
        List<Current> found = jdbc.query("SELECT id, stage, stage_since, deadline, is_open, closed_on, on_time "
                        + "FROM trk_request WHERE kind = ? AND source_id = ? FOR UPDATE",
                (rs, i) -> new Current(rs.getLong(1), rs.getString(2), utc(rs.getObject(3, LocalDateTime.class)),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getObject(6, LocalDate.class),
                        (Boolean) rs.getObject(7)),
                s.kind().name(), s.sourceId());
        String unit = s.unitCode() == null ? "" : s.unitCode();
        RequestStep.Party p = s.person();
        long id;
        if (found.isEmpty()) {
            jdbc.update("INSERT INTO trk_request (kind, source_id, request_number, business_key, person_username, "
                            + "person_name, name_key, citizen_id, agency_code, unit_code, stage, stage_label, is_open, "
                            + "opened_at, stage_since, deadline, closed_on, on_time) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s.kind().name(), s.sourceId(), s.number(), s.businessKey(), p == null ? null : p.username(),
                    p == null ? null : p.fullName(), p == null ? null : NameKey.of(p.fullName()),
                    p == null ? null : p.citizenId(), s.agencyCode(), unit, s.stage(), s.stageLabel(), s.open(),
                    wall(s.at()), wall(s.at()), s.deadline(), s.open() ? null : doneOn(s), onTime(s, null));
            id = jdbc.queryForObject("SELECT id FROM trk_request WHERE kind = ? AND source_id = ?", Long.class,
                    s.kind().name(), s.sourceId());
        } else {
            Current c = found.get(0);
            id = c.id();
            boolean moved = !c.stage().equals(s.stage());
            if (moved) {
                long seconds = Math.max(0, Duration.between(c.stageSince(), s.at()).getSeconds());
                add(s.agencyCode(), unit, stageMeasure(s.kind().name(), c.stage()), seconds);
            }
            boolean closesNow = c.open() && !s.open();
            // a closed request keeps the deadline it had, to show whether it was met
            LocalDate deadline = s.deadline() != null || s.open() ? s.deadline() : c.deadline();
            LocalDate closedOn = s.open() ? null : closesNow ? doneOn(s) : c.closedOn();
            Boolean onTime = s.open() ? null : closesNow ? onTime(s, c.deadline()) : c.onTime();
            jdbc.update("UPDATE trk_request SET request_number = ?, person_username = ?, person_name = ?, name_key = ?, "
                            + "citizen_id = COALESCE(?, citizen_id), agency_code = ?, unit_code = ?, stage = ?, "
                            + "stage_label = ?, is_open = ?, stage_since = ?, deadline = ?, closed_on = ?, on_time = ? "
                            + "WHERE id = ?",
                    s.number(), p == null ? null : p.username(), p == null ? null : p.fullName(),
                    p == null ? null : NameKey.of(p.fullName()), p == null ? null : p.citizenId(), s.agencyCode(), unit,
                    s.stage(), s.stageLabel(), s.open(), moved ? wall(s.at()) : wall(c.stageSince()), deadline, closedOn,
                    onTime, id);
        }
        jdbc.update("INSERT INTO trk_step (request_id, occurred_at, actor, stage_label, detail) VALUES (?, ?, ?, ?, ?)",
                id, wall(s.at()), s.actor() == null ? "system" : s.actor(), s.stageLabel(), clip(s.detail()));
    }

    @EventListener
    void on(RequestDocumentAdded d) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM trk_request WHERE kind = ? AND source_id = ?", Long.class,
                d.kind().name(), d.sourceId());
        for (long id : ids) {
            Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM trk_document WHERE request_id = ? AND document_id = ?",
                    Integer.class, id, d.documentId());
            if (known == null || known == 0) {
                jdbc.update("INSERT INTO trk_document (request_id, document_id, title, added_at) VALUES (?, ?, ?, ?)",
                        id, d.documentId(), d.title(), wall(Instant.now()));
            }
        }
    }

    @EventListener
    void on(PasswordChangeRecorded changed) {
        add(changed.agencyCode(), changed.unitCode() == null ? "" : changed.unitCode(),
                changed.onTime() ? PASSWORD_ON_TIME : PASSWORD_LATE, 0);
    }

    /** One more of a measure; a concurrent first insert of the same key turns into an update. */
    private void add(String agency, String unit, String measure, long seconds) {
        String update = "UPDATE trk_stat SET n = n + 1, total_seconds = total_seconds + ? "
                + "WHERE agency_code = ? AND unit_code = ? AND measure = ?";
        if (jdbc.update(update, seconds, agency, unit, measure) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO trk_stat (agency_code, unit_code, measure, n, total_seconds) VALUES (?, ?, ?, 1, ?)",
                    agency, unit, measure, seconds);
        } catch (DuplicateKeyException concurrentFirst) {
            jdbc.update(update, seconds, agency, unit, measure);
        }
    }

    private LocalDate doneOn(RequestStep s) {
        return s.doneOn() != null ? s.doneOn() : s.at().atZone(calendar.zone()).toLocalDate();
    }

    /** Done by the deadline the request had (the step's own, or the last one it carried). */
    private Boolean onTime(RequestStep s, LocalDate previousDeadline) {
        if (s.open()) {
            return null;
        }
        LocalDate deadline = s.deadline() != null ? s.deadline() : previousDeadline;
        return deadline == null ? null : !doneOn(s).isAfter(deadline);
    }

    private static String clip(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
    }

    static LocalDateTime wall(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant utc(LocalDateTime wall) {
        return wall == null ? null : wall.toInstant(ZoneOffset.UTC);
    }
}
