package vn.dldcaccess.platform;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Nodes that start together on one database take turns: from before the engine looks at its schema until the
 * last start-up loader is done (holidays, organization, identity and authorizations, task filters, the
 * register's backfill, the engine's deployment), one node at a time holds a MariaDB named lock.
 * <p>
 * Why a lock and not Camunda's tables through Flyway: every installation's engine tables were made and are
 * upgraded by the engine's own schema update, and the loaders check-then-write the engine's identity,
 * authorizations and filters through its API, which has no upsert and, for filters, no unique key. One lock
 * makes all of it atomic across nodes without a second copy of Camunda's scripts to keep in step. The lock
 * belongs to a connection: when a starting node dies, the server frees it at once.
 * <p>
 * H2 is embedded: one process holds its file, so there is nobody to wait for.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin {
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private final DataSource dataSource;
    private final PlatformProperties properties;
    private Connection holder;
    private String name;

    StartupLock(DataSource dataSource, PlatformProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    synchronized void acquire() {
        if (holder != null) {
            return;
        }
        try {
            Connection connection = dataSource.getConnection();
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            if (!product.contains("mariadb") && !product.contains("mysql")) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            String lockName = "dldc-start:" + schema(connection);
            Duration timeout = properties.startupLockTimeout();
            long start = System.nanoTime();
            try (PreparedStatement get = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                get.setString(1, lockName);
                get.setLong(2, Math.max(1, timeout.toSeconds()));
                try (ResultSet rs = get.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1) {
                        connection.close();
                        throw new IllegalStateException("Start-up lock " + lockName + " not obtained within " + timeout
                                + ": another node has been starting for that long (dldc.platform.startup-lock-timeout)");
                    }
                }
            }
            holder = connection;
            name = lockName;
            log.info("Start-up lock {} held (waited {} ms)", lockName, (System.nanoTime() - start) / 1_000_000);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock", e);
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class, ContextClosedEvent.class})
    synchronized void release() {
        if (holder == null) {
            return;
        }
        try (Connection connection = holder; PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, name);
            release.execute();
            log.info("Start-up lock {} released", name);
        } catch (SQLException e) {
            // closing the connection frees the lock on the server all the same
            log.warn("Releasing the start-up lock {} failed: {}", name, e.toString());
        } finally {
            holder = null;
        }
    }

    private static String schema(Connection connection) throws SQLException {
        String catalog = connection.getCatalog();
        return catalog == null ? "" : catalog;
    }
}
