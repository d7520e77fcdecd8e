package vn.dldcaccess.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * The key that signs device cookies, the same on every node (nodes share one database, and a browser's next
 * request may reach another node): {@code DLDC_SECURITY_DEVICECOOKIEKEY} when set, else one made by the first
 * node that starts and kept in the table {@code sec_secret}. Read at start (under the start-up lock on MariaDB);
 * two nodes making it at once both end up with the one inserted first. While it cannot be read (the database
 * away), no cookie is trusted or issued, and the next log-in tries again.
 */
final class DeviceCookieKey implements Supplier<byte[]>, ApplicationRunner {
    static final int MIN_LENGTH = 32;
    static final String NAME = "device-cookie";
    private static final Logger log = LoggerFactory.getLogger(DeviceCookieKey.class);
    private final JdbcTemplate jdbc;
    private volatile byte[] key;

    DeviceCookieKey(String configured, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("DLDC_SECURITY_DEVICECOOKIEKEY is too short: at least " + MIN_LENGTH
                        + " characters (e.g. openssl rand -base64 48), the same on every node");
            }
            key = configured.strip().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        get();
    }

    @Override
    public byte[] get() {
        byte[] k = key;
        if (k != null) {
            return k;
        }
        synchronized (this) {
            if (key == null) {
                try {
                    key = loadOrMake();
                } catch (DataAccessException e) {
                    log.warn("Device cookie key not readable, every client counts as unknown meanwhile: {}", e.toString());
                }
            }
            return key;
        }
    }

    private byte[] loadOrMake() {
        List<String> found = read();
        if (found.isEmpty()) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            try {
                jdbc.update("INSERT INTO sec_secret (name, secret, created_at) VALUES (?, ?, ?)", NAME,
                        Base64.getEncoder().encodeToString(fresh), Timestamp.from(Instant.now()));
                log.info("Device cookie key made and kept in the database");
            } catch (DuplicateKeyException madeByAnotherNode) {
                log.info("Device cookie key made by another node at the same moment: using that one");
            }
            found = read();
        }
        return Base64.getDecoder().decode(found.get(0));
    }

    private List<String> read() {
        return jdbc.queryForList("SELECT secret FROM sec_secret WHERE name = ?", String.class, NAME);
    }
}
