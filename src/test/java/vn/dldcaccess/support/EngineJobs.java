package vn.dldcaccess.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;

/** The job executor is off in the Spring tests: they run the asynchronous continuations themselves. */
public final class EngineJobs {
    private EngineJobs() {
    }

    /**
     * Runs every due message job (PDFs, hand-overs, mails), and those they lead to, a few rounds deep; timers
     * stay for the tests that move the clock.
     */
    public static void runMessages(ProcessEngine engine) {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 5; round++) {
            var jobs = management.createJobQuery().executable().messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }
}
