package vn.dldcaccess.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every active account keeps password timers, so the engine's job table holds hundreds of thousands of future
 * timers. Camunda's job acquisition then scans the whole table on every round (the timer storm benchmark fell
 * from 200 to 75 jobs/s as it grew). With acquisition by due date (application.yml) an index on the due date
 * lets each round read only what is due, as Camunda's performance guide advises. The engine creates its
 * tables after Flyway has run, hence here, once it has started; creating it again is a no-op.
 */
@Component
@Order(1)
class JobAcquisitionIndex implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(JobAcquisitionIndex.class);
    private final JdbcTemplate jdbc;

    JobAcquisitionIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        // H2 and MariaDB both know IF NOT EXISTS
        jdbc.execute("CREATE INDEX IF NOT EXISTS DLDC_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)");
        log.info("Job acquisition index on ACT_RU_JOB(DUEDATE_) in place");
    }
}
