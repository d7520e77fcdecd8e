package vn.dldcaccess.tracking;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dldcaccess.shared.RequestReplay;

import java.time.Clock;
import java.util.List;

/**
 * Requests recorded before the register existed (issues 3 to 6) enter it once, at the first start with it:
 * every feature replays its requests through the same events as live steps, in one transaction with the
 * marker row, so a failure leaves nothing half done and the next start tries again.
 */
@Component
class RegisterBackfill implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(RegisterBackfill.class);

    private final List<RequestReplay> features;
    private final RequestProjection projection;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RegisterBackfill(List<RequestReplay> features, RequestProjection projection, JdbcTemplate jdbc,
                     TransactionTemplate transaction, Clock clock) {
        this.features = features;
        this.projection = projection;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        vn.dldcaccess.shared.TransientRetry.run("The register's backfill", this::backfill);
    }

    private void backfill() {
        Integer done = jdbc.queryForObject("SELECT COUNT(*) FROM trk_backfill WHERE id = 1", Integer.class);
        if (done != null && done > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            try {
                jdbc.update("INSERT INTO trk_backfill (id, done_at) VALUES (1, ?)", RequestProjection.wall(clock.instant()));
            } catch (DuplicateKeyException anotherNode) {
                return;
            }
            projection.replaying(() -> {
                for (RequestReplay feature : features) {
                    int n = feature.replayRequests();
                    if (n > 0) {
                        log.info("Register backfill: {} {} requests", n, feature.kind());
                    }
                }
            });
        });
    }
}
