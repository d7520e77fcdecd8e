package clusternode;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.DldcAccessApplication;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.TimeZone;

/**
 * The application with one probe added, for the cluster test (outside vn.dldcaccess, so that no other start of the
 * application scans it): a process whose single asynchronous step records each attempt in its own connection
 * (it survives a kill), sleeps on the first attempt until the test kills the node, and records its completion in
 * the job's own transaction (committed once, or never).
 */
@Configuration
public class ClusterNode {
    static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         targetNamespace="http://dldc-access/probe">
              <process id="Probe_Failover" isExecutable="true" camunda:historyTimeToLive="1">
                <startEvent id="Start_Probe"/>
                <sequenceFlow id="Flow_ToProbe" sourceRef="Start_Probe" targetRef="Task_Probe"/>
                <serviceTask id="Task_Probe" camunda:asyncBefore="true" camunda:delegateExpression="${failoverProbe}"/>
                <sequenceFlow id="Flow_ToEnd" sourceRef="Task_Probe" targetRef="End_Probe"/>
                <endEvent id="End_Probe"/>
              </process>
            </definitions>
            """;

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        SpringApplication.run(new Class<?>[]{DldcAccessApplication.class, ClusterNode.class}, args);
    }

    /** Deployed under the start-up lock, once for all nodes. */
    @Bean
    ApplicationRunner deployProbe(ProcessEngine engine, JdbcTemplate jdbc) {
        return args -> {
            jdbc.execute("CREATE TABLE IF NOT EXISTS probe_attempt (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "instance_id VARCHAR(64) NOT NULL, pid BIGINT NOT NULL, at_ms BIGINT NOT NULL)");
            jdbc.execute("CREATE TABLE IF NOT EXISTS probe_done (instance_id VARCHAR(64) NOT NULL, pid BIGINT NOT NULL, "
                    + "at_ms BIGINT NOT NULL)");
            // fixed ids: the same bytes at every start, so duplicate filtering deploys it once
            engine.getRepositoryService().createDeployment().name("cluster-probe").enableDuplicateFiltering(false)
                    .addString("probe.bpmn", PROBE)
                    .deploy();
        };
    }

    /** With --probe.start=true, the first node starts one probe once it is ready (the engine API refuses people that). */
    @Bean
    org.springframework.context.ApplicationListener<org.springframework.boot.context.event.ApplicationReadyEvent> startProbe(
            ProcessEngine engine, org.springframework.core.env.Environment env) {
        return ready -> {
            if (env.getProperty("probe.start", Boolean.class, false) && "1".equals(env.getProperty("probe.node"))) {
                engine.getRuntimeService().startProcessInstanceByKey("Probe_Failover", "PROBE-1");
            }
        };
    }

    @Bean
    JavaDelegate failoverProbe(DataSource dataSource, JdbcTemplate jdbc) {
        return (DelegateExecution execution) -> {
            long pid = ProcessHandle.current().pid();
            int before;
            // its own connection, committed at once: the attempt is seen even if this node dies
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM probe_attempt WHERE instance_id = ?")) {
                    count.setString(1, execution.getProcessInstanceId());
                    var rs = count.executeQuery();
                    rs.next();
                    before = rs.getInt(1);
                }
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO probe_attempt (instance_id, pid, at_ms) VALUES (?, ?, ?)")) {
                    insert.setString(1, execution.getProcessInstanceId());
                    insert.setLong(2, pid);
                    insert.setLong(3, System.currentTimeMillis());
                    insert.executeUpdate();
                }
            }
            // personal data in a log line of a step's work: the JSON logs must mask it (ClusterIT reads them)
            org.slf4j.LoggerFactory.getLogger(ClusterNode.class).info(
                    "Probe attempt {} on node {} for 079190000999, 0912345678, probe@angiang.gov.vn", before + 1, pid);
            if (before == 0) {
                Thread.sleep(180_000);
            }
            jdbc.update("INSERT INTO probe_done (instance_id, pid, at_ms) VALUES (?, ?, ?)",
                    execution.getProcessInstanceId(), pid, System.currentTimeMillis());
        };
    }
}
