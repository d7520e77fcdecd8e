package vn.dldcaccess.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which database the Spring tests run on: H2 in memory by default; the local MariaDB when the build's
 * MariaDB execution sets {@code dldc.test.database=mariadb}. MariaDB unreachable is a failure, never a skip.
 */
public final class TestDatabase {
    private static boolean mariaDbReset;

    private TestDatabase() {
    }

    public static boolean isMariaDb() {
        return "mariadb".equals(System.getProperty("dldc.test.database"));
    }

    public static void register(DynamicPropertyRegistry registry) {
        if (!isMariaDb()) {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:dldc-test;DB_CLOSE_DELAY=-1");
            return;
        }
        String url = System.getProperty("dldc.test.mariadb.url");
        String user = System.getProperty("dldc.test.mariadb.user", "root");
        String password = System.getProperty("dldc.test.mariadb.password", "");
        resetOnce(url, user, password);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
        registry.add("spring.datasource.driver-class-name", () -> "org.mariadb.jdbc.Driver");
        registry.add("spring.datasource.hikari.transaction-isolation", () -> "TRANSACTION_READ_COMMITTED");
        registry.add("camunda.bpm.database.type", () -> "mysql");
    }

    /** A fresh utf8mb4 database for each test JVM, so runs do not see each other's data. */
    private static synchronized void resetOnce(String url, String user, String password) {
        if (mariaDbReset) {
            return;
        }
        String server = url.substring(0, url.indexOf('/', "jdbc:mariadb://".length())) + "/";
        String db = url.substring(server.length(), url.contains("?") ? url.indexOf('?') : url.length());
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + db + "`");
            s.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + server + " is required for this run and unreachable", e);
        }
        mariaDbReset = true;
    }
}
