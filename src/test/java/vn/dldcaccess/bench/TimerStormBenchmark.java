package vn.dldcaccess.bench;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.account.AccountOpened;
import vn.dldcaccess.account.AccountSystem;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 5's timer storm (run with {@code mvn -Pbench test -Dtest=TimerStormBenchmark}; needs the local MariaDB):
 * {@code bench.storm} account lifecycles (default 100 000) whose password-change timers fall due at the same
 * moment. Prints how long the job executor takes to fire them all, and counts that none was lost or fired twice.
 */
class TimerStormBenchmark {
    static final int N = Integer.getInteger("bench.storm", 100_000);
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aHundredThousandPasswordTimersDueAtOnce() throws Exception {
        java.util.Map<String, Object> props = new java.util.HashMap<>(FoundationBenchmark.mariaDb("dldc_access_storm"));
        // -Dbench.threads=N tries another job executor size than application.yml's
        if (System.getProperty("bench.threads") != null) {
            int t = Integer.getInteger("bench.threads");
            props.put("camunda.bpm.job-execution.core-pool-size", t);
            props.put("camunda.bpm.job-execution.max-pool-size", t);
            props.put("camunda.bpm.job-execution.queue-capacity", Integer.getInteger("bench.queue", 2 * t));
            props.put("camunda.bpm.job-execution.max-jobs-per-acquisition", Integer.getInteger("bench.acquire", 2 * t));
            props.put("spring.datasource.hikari.maximum-pool-size", t + 6);
            props.put("camunda.bpm.job-execution.max-wait", Integer.getInteger("bench.maxWait", 60000));
        }
        try (ConfigurableApplicationContext ctx = FoundationBenchmark.boot(props)) {
            ProcessEngine engine = ctx.getBean(ProcessEngine.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            // every password falls due tomorrow: granted 30 days before, never changed
            LocalDate tomorrow = LocalDate.now(VN).plusDays(1);
            LocalDate granted = tomorrow.minusDays(30);
            long t0 = System.nanoTime();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                rows.add(new Object[]{"IOFFICE", "storm" + i, "ldtb.cv1", "Nguyễn Thị Hường", "SLDTBXH", "SLDTBXH_VL",
                        Date.valueOf(granted), "ACTIVE", "IOFFICE:storm" + i});
            }
            jdbc.batchUpdate("insert into acc_account (account_system, account_username, holder_username, holder_name, "
                    + "agency_code, unit_code, granted_on, status, open_key, version) values (?,?,?,?,?,?,?,?,?,0)", rows);
            List<Long> ids = jdbc.queryForList("select id from acc_account where account_username like 'storm%' order by id",
                    Long.class);
            // each lifecycle starts as in production: the AccountOpened event, through the application's listener
            ExecutorService pool = Executors.newFixedThreadPool(4);
            AtomicLong started = new AtomicLong();
            List<Future<?>> futures = new ArrayList<>();
            int slice = (ids.size() + 3) / 4;
            for (int p = 0; p < 4; p++) {
                List<Long> part = ids.subList(Math.min(p * slice, ids.size()), Math.min((p + 1) * slice, ids.size()));
                futures.add(pool.submit(() -> part.forEach(id -> {
                    ctx.publishEvent(new AccountOpened(id, AccountSystem.IOFFICE, "ldtb.cv1", "SLDTBXH", "SLDTBXH_VL"));
                    started.incrementAndGet();
                })));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            double setupS = (System.nanoTime() - t0) / 1e9;
            long timers = engine.getManagementService().createJobQuery().processDefinitionKey("Process_AccountLifecycle")
                    .timers().count();
            System.out.printf("%nBENCH storm: %d lifecycles started in %.0f s (%.0f/s); %d timers due %s 08:00%n",
                    started.get(), setupS, started.get() / setupS, timers, tomorrow);

            // the moment comes for all of them at once
            ClockUtil.setCurrentTime(java.util.Date.from(tomorrow.atTime(8, 0, 1).atZone(VN).toInstant()));
            long t1 = System.nanoTime();
            long remaining;
            long lastPrint = t1;
            do {
                Thread.sleep(1000);
                remaining = jdbc.queryForObject("select count(*) from ACT_RU_JOB j join ACT_RU_EXECUTION e on e.ID_ = j.EXECUTION_ID_ "
                        + "where j.TYPE_ = 'timer' and e.ACT_ID_ = 'Timer_PasswordDue'", Long.class);
                if (System.nanoTime() - lastPrint > 30e9) {
                    lastPrint = System.nanoTime();
                    System.out.printf("BENCH storm: %d timers left after %.0f s%n", remaining, (lastPrint - t1) / 1e9);
                }
                if (remaining > 0 && System.nanoTime() - t1 < 12e9) {
                    System.out.printf("BENCH storm: %d timers left after %.0f s%n", remaining, (System.nanoTime() - t1) / 1e9);
                }
            } while (remaining > 0 && System.nanoTime() - t1 < 30 * 60e9);
            double fireS = (System.nanoTime() - t1) / 1e9;
            long tasks = jdbc.queryForObject("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'Task_ConfirmPasswordChanged'", Long.class);
            long instancesWithTask = jdbc.queryForObject("select count(distinct PROC_INST_ID_) from ACT_RU_TASK "
                    + "where TASK_DEF_KEY_ = 'Task_ConfirmPasswordChanged'", Long.class);
            long checks = jdbc.queryForObject("select count(*) from ACT_HI_ACTINST where ACT_ID_ = 'Task_CheckPasswordDue'", Long.class);
            long incidents = engine.getRuntimeService().createIncidentQuery().count();
            System.out.printf("BENCH storm: %d password timers fired in %.0f s = %.1f min (goal <= 10 min), %.0f jobs/s; "
                            + "tasks %d in %d lifecycles, due checks run %d (expected %d each: none lost, none twice), "
                            + "timers left %d, incidents %d%n",
                    N, fireS, fireS / 60, N / fireS, tasks, instancesWithTask, checks, N, remaining, incidents);
            ClockUtil.reset();
        }
    }
}
