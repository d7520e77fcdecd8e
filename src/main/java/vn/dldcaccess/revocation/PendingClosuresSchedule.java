package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;

/**
 * Timer of Process_PendingClosuresDigest, read when the process is deployed, that is while the engine is being
 * built: hence a bean of its own that needs nothing but its properties.
 */
@Component("pendingClosuresSchedule")
public class PendingClosuresSchedule {
    private final RevocationProperties properties;

    PendingClosuresSchedule(RevocationProperties properties) {
        this.properties = properties;
    }

    /** Every morning (Quartz-style cron, the JVM's zone, which the application sets to the province's). */
    public String digestCycle() {
        return properties.digestCycle();
    }
}
