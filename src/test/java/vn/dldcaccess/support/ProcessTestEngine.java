package vn.dldcaccess.support;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import vn.dldcaccess.calendar.Holidays;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.calendar.WorkingDayCalendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bare in-memory engine for the fast process tests: beans come from a map (the real delegates around
 * mocked domain services), timers use the real working-day calendar, and every BPMN element of the
 * deployed processes must be covered by the test class (the build fails otherwise).
 */
public final class ProcessTestEngine {
    private ProcessTestEngine() {
    }

    public static ProcessEngineCoverageExtension extension(Map<String, Object> beans) {
        ProcessEngineConfigurationImpl config = new StandaloneInMemProcessEngineConfiguration();
        // never "default": that name would replace the Spring tests' engine in the registry the engine REST
        // API and its authentication filter look up (their log-ins then fail with 401)
        config.setProcessEngineName("process-test-" + UUID.randomUUID());
        config.setJdbcUrl("jdbc:h2:mem:process-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        config.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        config.setJobExecutorActivate(false);
        config.setDefaultSerializationFormat("application/json");
        config.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
        config.setBeans(new java.util.HashMap<>(beans));
        config.setEnforceHistoryTimeToLive(true);
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(config);
        return ProcessEngineCoverageExtension.builder(config).assertClassCoverageAtLeast(1.0).build();
    }

    /** An instant written with its offset, e.g. {@code at("2026-02-14T08:00:00+07:00")}. */
    public static java.util.Date at(String iso) {
        return java.util.Date.from(java.time.ZonedDateTime.parse(iso).toInstant());
    }

    public static TimerDates workingDays() {
        return TimerDates.of(calendar());
    }

    public static WorkingDayCalendar calendar() {
        try (InputStream in = ProcessTestEngine.class.getResourceAsStream("/calendar/holidays-vn.yml")) {
            return Holidays.calendarFrom(in, ZoneId.of("Asia/Ho_Chi_Minh"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a job as the job executor does: with nobody logged in (the system acts). */
    public static void executeAsJobExecutor(org.camunda.bpm.engine.ProcessEngine engine, org.camunda.bpm.engine.runtime.Job job) {
        var identity = engine.getIdentityService();
        var caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(job);
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
