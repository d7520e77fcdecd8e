package vn.dldcaccess.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.WebappSession;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 23: how device cookies are given over HTTP (the attacks they stop are in {@link AttackSuiteSpringTest}),
 * and their key, the same for every node of one database.
 */
class DeviceCookieSpringTest extends AbstractSpringTest {
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeviceCookieKey key;
    @LocalServerPort
    int port;

    @Test
    void theLogInFormGivesTheBrowserAFreshDeviceCookieEachTime() {
        WebappSession browser = WebappSession.anonymous(port);
        HttpResponse<String> first = browser.logIn("ldtb.vp", "demo");
        assertThat(first.statusCode()).isEqualTo(200);
        String header = deviceCookieHeader(first, "ldtb.vp");
        // plain HTTP here; the mariadb profile's secure session cookie makes it HTTPS-only too
        assertThat(header).contains("Path=/").contains("Max-Age=15552000").contains("HttpOnly")
                .contains("SameSite=Strict").doesNotContain("Secure");
        String value = browser.cookie(DeviceCookies.name("ldtb.vp"));
        assertThat(browser.logIn("ldtb.vp", "demo").statusCode()).isEqualTo(200);
        assertThat(browser.cookie(DeviceCookies.name("ldtb.vp"))).as("renewed").isNotEqualTo(value);
        // a shared office PC: the deputy logs in at the same browser and gets her own beside it
        assertThat(browser.logIn("ldtb.cv1", "demo").statusCode()).isEqualTo(200);
        assertThat(browser.cookie(DeviceCookies.name("ldtb.cv1"))).isNotNull();
        assertThat(browser.cookie(DeviceCookies.name("ldtb.vp"))).isNotNull();
    }

    @Test
    void aScriptThatKeepsCookiesGetsOneOnHttpBasicAndKeepsIt() {
        WebappSession script = WebappSession.anonymous(port);
        HttpResponse<String> first = script.getWithBasic("/engine-rest/task", "ldtb.tp1", "demo");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(deviceCookieHeader(first, "ldtb.tp1")).contains("HttpOnly");
        String value = script.cookie(DeviceCookies.name("ldtb.tp1"));
        HttpResponse<String> next = script.getWithBasic("/engine-rest/task", "ldtb.tp1", "demo");
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.headers().allValues("Set-Cookie")).as("it carried a valid one: no new cookie")
                .noneMatch(h -> h.startsWith(DeviceCookies.PREFIX));
        assertThat(script.cookie(DeviceCookies.name("ldtb.tp1"))).isEqualTo(value);
    }

    static String deviceCookieHeader(HttpResponse<String> response, String user) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(DeviceCookies.name(user) + "=")).findFirst().orElseThrow();
    }

    @Test
    void everyNodeSignsWithTheKeyTheFirstOneMade() throws Exception {
        List<String> stored = jdbc.queryForList("SELECT secret FROM sec_secret WHERE name = ?", String.class,
                DeviceCookieKey.NAME);
        assertThat(stored).hasSize(1);
        assertThat(new DeviceCookieKey(null, jdbc).get()).as("a second node").isEqualTo(key.get());
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM sec_secret WHERE name = ?", DeviceCookieKey.NAME);
        jdbc.update("DELETE FROM sec_secret WHERE name = ?", DeviceCookieKey.NAME);
        try {
            // four nodes of a new installation start at once: they agree on one key, one row
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> nodes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                nodes.add(pool.submit(() -> {
                    DeviceCookieKey node = new DeviceCookieKey(null, jdbc);
                    start.await();
                    return node.get();
                }));
            }
            start.countDown();
            byte[] first = nodes.get(0).get();
            assertThat(first).hasSize(32);
            for (Future<byte[]> node : nodes) {
                assertThat(node.get()).isEqualTo(first);
            }
            pool.shutdown();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sec_secret", Integer.class)).isEqualTo(1);
        } finally {
            jdbc.update("DELETE FROM sec_secret WHERE name = ?", DeviceCookieKey.NAME);
            jdbc.update("INSERT INTO sec_secret (name, secret, created_at) VALUES (?, ?, ?)", row.get("name"),
                    row.get("secret"), row.get("created_at"));
        }
        // from the environment: that one, and too short a key stops the start
        assertThat(new DeviceCookieKey("cung-mot-khoa-cho-moi-nut-cua-tinh-2026", jdbc).get())
                .isEqualTo("cung-mot-khoa-cho-moi-nut-cua-tinh-2026".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new DeviceCookieKey("ngan-qua", jdbc)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DLDC_SECURITY_DEVICECOOKIEKEY");
    }
}
