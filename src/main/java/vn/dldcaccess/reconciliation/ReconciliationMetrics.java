package vn.dldcaccess.reconciliation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountSystem;

import java.util.EnumMap;
import java.util.Map;

/**
 * {@code dldc_reconciliation_differences{system,kind}}: the open differences (the latest run of each scope, not yet
 * acted on), every system and kind always reported (0 when none; alerts need a series). Read from the table at most
 * every {@link #MAX_AGE_NANOS} on a scrape, at once after a change on this node; every node reports the same values
 * (alert on max(), not sum()).
 */
@Component
class ReconciliationMetrics implements MeterBinder {
    private static final Logger log = LoggerFactory.getLogger(ReconciliationMetrics.class);
    static final long MAX_AGE_NANOS = 30_000_000_000L;

    private final ObjectProvider<DifferenceRepository> differences;
    private volatile Map<AccountSystem, Map<DifferenceKind, Long>> counts = Map.of();
    private volatile long readAt;
    private volatile boolean stale = true;

    ReconciliationMetrics(ObjectProvider<DifferenceRepository> differences) {
        this.differences = differences;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (AccountSystem system : AccountSystem.values()) {
            for (DifferenceKind kind : DifferenceKind.values()) {
                Gauge.builder("dldc.reconciliation.differences", this, m -> m.count(system, kind))
                        .description("Open differences of the latest reconciliation per system and kind")
                        .tag("system", system.name()).tag("kind", kind.metric()).register(registry);
            }
        }
    }

    void changed() {
        stale = true;
    }

    double count(AccountSystem system, DifferenceKind kind) {
        if (stale || System.nanoTime() - readAt > MAX_AGE_NANOS) {
            refresh();
        }
        return counts.getOrDefault(system, Map.of()).getOrDefault(kind, 0L);
    }

    private synchronized void refresh() {
        if (!stale && System.nanoTime() - readAt <= MAX_AGE_NANOS) {
            return;
        }
        try {
            Map<AccountSystem, Map<DifferenceKind, Long>> read = new EnumMap<>(AccountSystem.class);
            for (Object[] row : differences.getObject().countByStatus(DifferenceStatus.OPEN)) {
                read.computeIfAbsent((AccountSystem) row[0], s -> new EnumMap<>(DifferenceKind.class))
                        .put((DifferenceKind) row[1], ((Number) row[2]).longValue());
            }
            counts = read;
            stale = false;
        } catch (RuntimeException e) {
            log.warn("Reconciliation metrics query failed, keeping the last values: {}", e.toString());
        }
        readAt = System.nanoTime();
    }
}
