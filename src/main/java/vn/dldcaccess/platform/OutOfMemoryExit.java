package vn.dldcaccess.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;

/**
 * A JVM that ran out of memory must not live on half-dead (a thread that accepts connections gone, health
 * included): it ends, and its supervisor (systemd, Docker's restart policy, the orchestrator) starts it again.
 * Every way the README runs the application passes {@code -XX:+ExitOnOutOfMemoryError}; for a start without it,
 * an OutOfMemoryError no thread catches ends the process here, and the start says the flag is missing.
 */
public final class OutOfMemoryExit {
    private static final Logger log = LoggerFactory.getLogger(OutOfMemoryExit.class);
    /** The exit status the JVM's own flag uses too. */
    static final int STATUS = 3;

    private OutOfMemoryExit() {
    }

    public static void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                // no logging framework call that might allocate: a plain write, then halt without shutdown hooks
                System.err.println("OutOfMemoryError in thread " + thread.getName() + ": exiting so that the "
                        + "supervisor restarts the application");
                Runtime.getRuntime().halt(STATUS);
            }
            if (previous != null) {
                previous.uncaughtException(thread, error);
            } else {
                error.printStackTrace();
            }
        });
        boolean flag = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.equals("-XX:+ExitOnOutOfMemoryError") || a.equals("-XX:+CrashOnOutOfMemoryError"));
        if (!flag) {
            log.warn("The JVM runs without -XX:+ExitOnOutOfMemoryError: an OutOfMemoryError caught by a library "
                    + "would leave it running half-dead. Start it as the README says.");
        }
    }
}
