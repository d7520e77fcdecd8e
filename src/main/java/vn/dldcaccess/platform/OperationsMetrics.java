package vn.dldcaccess.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Groups;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The figures a data centre watches, read from the tables every {@code dldc.platform.metrics-refresh} by one
 * background thread, so a scrape costs nothing and a busy monitor adds no load: open tasks per task and role,
 * overdue requests per kind and stage, running processes, due and failed jobs, incidents, the mail outbox.
 * They describe the shared database, so every node reports the same values: alert on max(), not sum().
 */
@Component
class OperationsMetrics implements MeterBinder, SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(OperationsMetrics.class);
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PlatformProperties properties;
    private final List<Figure> figures = new ArrayList<>();
    private ScheduledExecutorService refresher;

    /** One family of gauges: the query gives rows of label values and a count. */
    private record Figure(MultiGauge gauge, String[] labels, String sql, ParamSource params, String[] zeroes) {
    }

    private interface ParamSource {
        Object[] get();
    }

    OperationsMetrics(JdbcTemplate jdbc, Clock clock, PlatformProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        figure(registry, "dldc.tasks.open", "Open user tasks per task and candidate role", new String[]{"task", "role"},
                "SELECT t.TASK_DEF_KEY_, i.GROUP_ID_, COUNT(*) FROM ACT_RU_TASK t LEFT JOIN ACT_RU_IDENTITYLINK i"
                        + " ON i.TASK_ID_ = t.ID_ AND i.TYPE_ = 'candidate' AND i.GROUP_ID_ IS NOT NULL"
                        + " GROUP BY t.TASK_DEF_KEY_, i.GROUP_ID_", () -> new Object[0]);
        figure(registry, "dldc.requests.overdue", "Open requests past their deadline per kind and stage",
                new String[]{"kind", "stage"},
                "SELECT kind, stage, COUNT(*) FROM trk_request WHERE is_open = TRUE AND deadline < ? GROUP BY kind, stage",
                () -> new Object[]{Date.valueOf(LocalDate.now(clock))});
        figure(registry, "dldc.processes.running", "Running process instances per process", new String[]{"process"},
                "SELECT d.KEY_, COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_"
                        + " WHERE e.ID_ = e.PROC_INST_ID_ GROUP BY d.KEY_", () -> new Object[0]);
        figure(registry, "dldc.jobs", "Engine jobs due now (retries left) and failed (no retries left)",
                new String[]{"state"},
                "SELECT CASE WHEN RETRIES_ = 0 THEN 'failed' ELSE 'due' END, COUNT(*) FROM ACT_RU_JOB"
                        + " WHERE RETRIES_ = 0 OR DUEDATE_ IS NULL OR DUEDATE_ <= ?"
                        + " GROUP BY CASE WHEN RETRIES_ = 0 THEN 'failed' ELSE 'due' END",
                () -> new Object[]{Timestamp.from(clock.instant())}, "due", "failed");
        figure(registry, "dldc.incidents", "Open incidents per type", new String[]{"type"},
                "SELECT INCIDENT_TYPE_, COUNT(*) FROM ACT_RU_INCIDENT GROUP BY INCIDENT_TYPE_", () -> new Object[0],
                "failedJob");
        figure(registry, "dldc.outbox", "Notifications per state (PENDING: mail not yet sent)", new String[]{"state"},
                "SELECT status, COUNT(*) FROM ntf_notification WHERE status <> 'SENT' GROUP BY status",
                () -> new Object[0], "PENDING");
    }

    /** @param zeroes values of a single label that are always reported, 0 when no row has them (alerts need a series) */
    private void figure(MeterRegistry registry, String name, String help, String[] labels, String sql, ParamSource params,
                        String... zeroes) {
        figures.add(new Figure(MultiGauge.builder(name).description(help).register(registry), labels, sql, params,
                zeroes));
    }

    /** Reads every figure again; a failing query keeps its last values (the database may be briefly away). */
    void refresh() {
        for (Figure figure : figures) {
            try {
                Map<Tags, Long> counts = new LinkedHashMap<>();
                for (String zero : figure.zeroes()) {
                    counts.put(Tags.of(figure.labels()[0], zero), 0L);
                }
                jdbc.query(figure.sql(), rs -> {
                    String[] values = new String[figure.labels().length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = label(figure, i, rs.getString(i + 1));
                    }
                    Tags tags = Tags.empty();
                    for (int i = 0; i < values.length; i++) {
                        tags = tags.and(figure.labels()[i], values[i]);
                    }
                    counts.merge(tags, rs.getLong(values.length + 1), Long::sum);
                }, figure.params().get());
                List<MultiGauge.Row<?>> rows = new ArrayList<>();
                counts.forEach((tags, count) -> rows.add(MultiGauge.Row.of(tags, count)));
                figure.gauge().register(rows, true);
            } catch (RuntimeException e) {
                log.warn("Metrics query failed, keeping the last values: {}", e.toString());
            }
        }
    }

    /** A candidate group names a role and its scope ("unit-head-SLDTBXH_VL"): the role alone keeps the series few. */
    private static String label(Figure figure, int index, String value) {
        if (!"role".equals(figure.labels()[index])) {
            return value == null ? "" : value;
        }
        if (value == null) {
            return "assigned";
        }
        for (String scoped : new String[]{Groups.unitHeads(""), Groups.agencyOffice(""), Groups.directors("")}) {
            if (value.startsWith(scoped)) {
                return scoped.substring(0, scoped.length() - 1);
            }
        }
        return value;
    }

    @Override
    public synchronized void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dldc-metrics");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1000, properties.metricsRefresh().toMillis());
        refresher.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return refresher != null;
    }
}
