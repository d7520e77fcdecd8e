package vn.dldcaccess.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * A node leaving on purpose (SIGTERM, a rolling update). Spring Boot has already turned readiness to
 * REFUSING_TRAFFIC when the context began to close; this, the first thing stopped, then stops the job executor
 * acquiring (the jobs it runs finish; what is due goes to the other nodes at once, as its locks are never taken)
 * and waits {@code dldc.platform.shutdown-drain} so the load balancer's probe sees readiness down while the
 * node still answers. The web server then finishes its in-flight requests (server.shutdown=graceful).
 */
@Component
class GracefulStop implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    private final ProcessEngine engine;
    private final PlatformProperties properties;
    private static final Duration JOB_WAIT = Duration.ofSeconds(60);
    private volatile boolean running;

    GracefulStop(ProcessEngine engine, PlatformProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecutor jobs = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        if (jobs != null && jobs.isActive()) {
            jobs.shutdown();
            awaitRunningJobs(jobs);
            log.info("Shutdown: job executor stopped acquiring; running jobs finished");
        }
        long drain = properties.shutdownDrain().toMillis();
        if (drain > 0) {
            log.info("Shutdown: readiness is down, serving {} ms more for the load balancer to notice", drain);
            try {
                Thread.sleep(drain);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Camunda's Spring job executor leaves its jobs to the task executor, which would interrupt them when closed. */
    private static void awaitRunningJobs(JobExecutor jobs) {
        if (jobs instanceof SpringJobExecutor spring
                && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
            long until = System.nanoTime() + JOB_WAIT.toNanos();
            while (pool.getActiveCount() > 0 && System.nanoTime() < until) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before the web server's graceful shutdown and everything else. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
