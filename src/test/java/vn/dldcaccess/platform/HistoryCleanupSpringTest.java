package vn.dldcaccess.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.SampleForms;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: history goes away when its time is up. A request that ended (rejected by the unit head, the rejection
 * read) has a removal time of its end + the process's time-to-live (365 days); once that passes, the nightly
 * cleanup removes its engine history, while the application's own records of it (the request, its register row
 * and timeline, its events) stay: they follow the archival rule, not the engine's clock.
 */
class HistoryCleanupSpringTest extends AbstractSpringTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anEndedRequestsHistoryIsRemovedAfterItsTimeToLiveAndTheApplicationsRecordsStay() throws Exception {
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(config.getHistoryCleanupBatchSize()).isEqualTo(500);

        ChainClient client = new ChainClient(rest);
        String number = client.start("stp.cv3", "Process_AccountRegistration", SampleForms.as("stp.cv3",
                SampleForms.valid("079190024024", "STP_HCTP", "cleanup24@angiang.gov.vn")));
        client.ok(client.complete("stp.tp1", client.task("stp.tp1", number, "Task_ConfirmByUnitHead"),
                Map.of("decision", "REJECT", "decisionComment", "Không thuộc đối tượng được cấp tài khoản.")));
        client.ok(client.complete("stp.cv3", client.task("stp.cv3", number, "Task_ReviewRejection"), Map.of()));
        var ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getRemovalTime()).isCloseTo(Date.from(ended.getEndTime().toInstant()
                .plus(Duration.ofDays(365))), 5_000);

        // a day before its time nothing goes; a day after, the nightly cleanup removes it
        ClockUtil.setCurrentTime(Date.from(ended.getRemovalTime().toInstant().minus(Duration.ofDays(1))));
        runCleanup();
        assertThat(history(number)).isEqualTo(1);
        ClockUtil.setCurrentTime(Date.from(ended.getRemovalTime().toInstant().plus(Duration.ofDays(1))));
        runCleanup();
        assertThat(history(number)).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(ended.getId()).count()).isZero();

        assertThat(jdbc.queryForObject("select count(*) from reg_registration where request_number = ?", Integer.class,
                number)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from trk_request where business_key = ?", Integer.class,
                number)).isEqualTo(1);
    }

    long history(String number) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count();
    }

    void runCleanup() {
        Job job = engine.getHistoryService().cleanUpHistoryAsync(true);
        engine.getManagementService().executeJob(job.getId());
    }
}
