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
    /** Requests still waiting for someone, per kind. */
    static final String OPEN = "OPEN:";
    /** Requests done by their deadline, or after it, per kind. */
    static final String DONE_ON_TIME = "DONE_ON_TIME:";
    static final String DONE_LATE = "DONE_LATE:";
    static final int SLOTS = 8;

    private final JdbcTemplate jdbc;
    private final TimerDates calendar;
    /**
     * During the backfill: the requests it entered. A request the register already had (it moved while the
     * application started) keeps its own lines and is not told again.
     */
    private final ThreadLocal<java.util.Set<String>> replayed = new ThreadLocal<>();

    RequestProjection(JdbcTemplate jdbc, TimerDates calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    private record Current(long id, String agencyCode, String unitCode, String stage, Instant stageSince,
                           LocalDate deadline, boolean open, LocalDate closedOn, Boolean onTime) {
    }

    /** Time spent in a stage that was left (n: how many left it, seconds: in all). */
    static String stageMeasure(String kind, String stage) {
        return "STAGE:" + kind + ":" + stage;
    }

    /** How many requests are at a stage now. */
    static String atMeasure(String kind, String stage) {
        return "AT:" + kind + ":" + stage;
    }

    /** Runs the backfill's replay; steps of requests the register already had are ignored. */
    void replaying(Runnable replay) {
        replayed.set(new java.util.HashSet<>());
        try {
            replay.run();
        } finally {
            replayed.remove();
        }
    }

    /** Whether a replayed event is about a request the register had before the replay: then it is ignored. */
    private boolean knownBeforeReplay(String kind, long sourceId, boolean exists) {
        java.util.Set<String> entered = replayed.get();
        if (entered == null) {
            return false;
        }
        String key = kind + ":" + sourceId;
        if (!exists) {
            entered.add(key);
            return false;
        }
        return !entered.contains(key);
    }

    @EventListener
    void on(RequestStep s) {
        // the register's share of each step's transaction (Prometheus: dldc_register_projection_seconds)
        io.micrometer.core.instrument.Metrics.timer("dldc.register.projection").record(() -> project(s));
    }

    private void project(RequestStep s) {
        List<Current> found = jdbc.query("SELECT id, agency_code, unit_code, stage, stage_since, deadline, is_open, "
                        + "closed_on, on_time FROM trk_request WHERE kind = ? AND source_id = ? FOR UPDATE",
                (rs, i) -> new Current(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        utc(rs.getObject(5, LocalDateTime.class)), rs.getObject(6, LocalDate.class), rs.getBoolean(7),
                        rs.getObject(8, LocalDate.class), (Boolean) rs.getObject(9)),
                s.kind().name(), s.sourceId());
        if (knownBeforeReplay(s.kind().name(), s.sourceId(), !found.isEmpty())) {
            return;
        }
        // the dashboard's counts move with each request (it never counts the register's rows)
        CounterChanges changes = CounterChanges.of(this, slot(s.sourceId()), this::add);
        long id = found.isEmpty() ? insert(s, changes) : update(found.get(0), s, changes);
        changes.applyUnlessBound();
        jdbc.update("INSERT INTO trk_step (request_id, occurred_at, actor, stage_label, detail) VALUES (?, ?, ?, ?, ?)",
                id, wall(s.at()), s.actor() == null ? "system" : s.actor(), s.stageLabel(), clip(s.detail()));
    }

    private long insert(RequestStep s, CounterChanges changes) {
        String kind = s.kind().name();
        String unit = unitOf(s);
        RequestStep.Party p = s.person() == null ? new RequestStep.Party(null, null, null) : s.person();
        Object[] values = {kind, s.sourceId(), s.number(), s.businessKey(), p.username(), p.fullName(),
                NameKey.of(p.fullName()), p.citizenId(), s.agencyCode(), unit, s.stage(), s.stageLabel(), s.open(),
                wall(s.at()), wall(s.at()), s.deadline(), s.open() ? null : doneOn(s), onTime(s, null)};
        org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO trk_request (kind, source_id, request_number, "
                    + "business_key, person_username, person_name, name_key, citizen_id, agency_code, unit_code, stage, "
                    + "stage_label, is_open, opened_at, stage_since, deadline, closed_on, on_time) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }, key);
        changes.add(s.agencyCode(), unit, atMeasure(kind, s.stage()), 1, 0);
        if (s.open()) {
            changes.add(s.agencyCode(), unit, OPEN + kind, 1, 0);
        } else {
            changes.done(s.agencyCode(), unit, kind, onTime(s, null));
        }
        return key.getKey().longValue();
    }

    private long update(Current c, RequestStep s, CounterChanges changes) {
        String kind = s.kind().name();
        String unit = unitOf(s);
        boolean moved = !c.stage().equals(s.stage());
        if (moved || !c.agencyCode().equals(s.agencyCode()) || !c.unitCode().equals(unit)) {
            changes.add(c.agencyCode(), c.unitCode(), atMeasure(kind, c.stage()), -1, 0);
            changes.add(s.agencyCode(), unit, atMeasure(kind, s.stage()), 1, 0);
        }
        if (moved) {
            long seconds = Math.max(0, Duration.between(c.stageSince(), s.at()).getSeconds());
            changes.add(s.agencyCode(), unit, stageMeasure(kind, c.stage()), 1, seconds);
        }
        if (c.open()) {
            changes.add(c.agencyCode(), c.unitCode(), OPEN + kind, -1, 0);
        }
        if (s.open()) {
            changes.add(s.agencyCode(), unit, OPEN + kind, 1, 0);
        }
        boolean closesNow = c.open() && !s.open();
        // a closed request keeps the deadline it had, to show whether it was met
        LocalDate deadline = s.deadline() != null || s.open() ? s.deadline() : c.deadline();
        LocalDate closedOn = s.open() ? null : closesNow ? doneOn(s) : c.closedOn();
        Boolean onTime = s.open() ? null : closesNow ? onTime(s, c.deadline()) : c.onTime();
        if (closesNow) {
            changes.done(s.agencyCode(), unit, kind, onTime);
        }
        RequestStep.Party p = s.person() == null ? new RequestStep.Party(null, null, null) : s.person();
        jdbc.update("UPDATE trk_request SET request_number = ?, person_username = ?, person_name = ?, name_key = ?, "
                        + "citizen_id = COALESCE(?, citizen_id), agency_code = ?, unit_code = ?, stage = ?, "
                        + "stage_label = ?, is_open = ?, stage_since = ?, deadline = ?, closed_on = ?, on_time = ? "
                        + "WHERE id = ?",
                s.number(), p.username(), p.fullName(), NameKey.of(p.fullName()), p.citizenId(), s.agencyCode(), unit,
                s.stage(), s.stageLabel(), s.open(), moved ? wall(s.at()) : wall(c.stageSince()), deadline, closedOn,
                onTime, c.id());
        return c.id();
    }

    private static String unitOf(RequestStep s) {
        return s.unitCode() == null ? "" : s.unitCode();
    }

    @EventListener
    void on(RequestDocumentAdded d) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM trk_request WHERE kind = ? AND source_id = ?", Long.class,
                d.kind().name(), d.sourceId());
        java.util.Set<String> entered = replayed.get();
        if (entered != null && !entered.contains(d.kind().name() + ":" + d.sourceId())) {
            return;
        }
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
                changed.onTime() ? PASSWORD_ON_TIME : PASSWORD_LATE, slot(changed.accountId()), 1, 0);
    }

    /** {@code n} more (or fewer) of a measure; a concurrent first insert of the same key turns into an update. */
    private void add(String agency, String unit, String measure, int slot, long n, long seconds) {
        String update = "UPDATE trk_stat SET n = n + ?, total_seconds = total_seconds + ? "
                + "WHERE agency_code = ? AND unit_code = ? AND measure = ? AND slot = ?";
        if (jdbc.update(update, n, seconds, agency, unit, measure, slot) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO trk_stat (agency_code, unit_code, measure, slot, n, total_seconds) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", agency, unit, measure, slot, n, seconds);
        } catch (DuplicateKeyException concurrentFirst) {
            jdbc.update(update, n, seconds, agency, unit, measure, slot);
        }
    }

    /** Which of a count's slots a request (or account) moves: always the same one for the same request. */
    static int slot(long id) {
        return (int) Math.floorMod(id, SLOTS);
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
