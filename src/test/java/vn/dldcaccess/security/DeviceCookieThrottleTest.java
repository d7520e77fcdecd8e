package vn.dldcaccess.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.dldcaccess.security.GuardRulesTest.TestClock;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: the log-in throttle with OWASP device cookies, without a server. A guesser in the same office (one
 * NAT address) must not keep the person out of the browser where she logged in before; a cookie is slowed by its
 * own failures only; a cookie is valid only as signed, for its own user, within its lifetime.
 */
class DeviceCookieThrottleTest {
    static final String OFFICE = "203.0.113.9";
    static final byte[] KEY = "khoa-ky-cookie-thiet-bi-cho-kiem-thu-2026".getBytes(StandardCharsets.UTF_8);

    final TestClock clock = new TestClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    /** A whole log-in: refused (its wait), or checked and counted. */
    long tryLogIn(LoginThrottle.Attempt attempt, boolean right) {
        long wait = throttle.begin(attempt);
        if (wait == 0) {
            throttle.end(attempt, right);
        }
        return wait;
    }

    @Test
    void aGuesserInTheSameOfficeDoesNotHoldBackTheBrowserThatLoggedInBefore() {
        LoginThrottle.Attempt guesser = new LoginThrottle.Attempt("stp.gd", OFFICE, null);
        LoginThrottle.Attempt browser = new LoginThrottle.Attempt("stp.gd", OFFICE, "cookie-of-her-browser");
        LoginThrottle.Attempt script = new LoginThrottle.Attempt("stp.gd", OFFICE, null);
        int scriptRefused = 0;
        // the assessment's attack: one wrong guess about every 30 s, for ten minutes
        for (int round = 0; round < 20; round++) {
            clock.millis += 30_000;
            tryLogIn(guesser, false);
            assertThat(tryLogIn(browser, true)).as("round " + round).isZero();
            if (round >= 3) {
                assertThat(throttle.waitMillis(script)).as("round " + round).isPositive();
                scriptRefused++;
            }
        }
        assertThat(scriptRefused).isEqualTo(17);
        // her success with the cookie clears nothing of the guesser's: he stays slowed down
        assertThat(throttle.waitMillis(guesser)).isPositive();
        // the person's own name typed in capitals is the same person, counted together
        assertThat(throttle.waitMillis(new LoginThrottle.Attempt("STP.GD", OFFICE, null))).isPositive();
    }

    @Test
    void aCookieIsSlowedByItsOwnFailuresOnly() {
        LoginThrottle.Attempt cookie = new LoginThrottle.Attempt("stp.gd", OFFICE, "cookie-1");
        for (int i = 0; i < 5; i++) {
            assertThat(tryLogIn(cookie, false)).isZero();
        }
        assertThat(throttle.waitMillis(cookie)).isEqualTo(1000);
        for (int i = 0; i < 20; i++) {
            clock.millis += throttle.waitMillis(cookie);
            assertThat(tryLogIn(cookie, false)).isZero();
        }
        assertThat(throttle.waitMillis(cookie)).isEqualTo(LoginThrottle.DEVICE.capMillis()).isEqualTo(300_000);
        // not her other browser, not the user, not the office: the failures were that cookie's
        assertThat(throttle.waitMillis(new LoginThrottle.Attempt("stp.gd", OFFICE, "cookie-2"))).isZero();
        assertThat(throttle.waitMillis(new LoginThrottle.Attempt("stp.gd", OFFICE, null))).isZero();
        assertThat(throttle.waitMillis(new LoginThrottle.Attempt("stp.vp", OFFICE, null))).isZero();
        // after the wait, the right password clears the cookie's count
        clock.millis += 300_000;
        assertThat(tryLogIn(cookie, true)).isZero();
        assertThat(tryLogIn(cookie, false)).isZero();
        assertThat(throttle.waitMillis(cookie)).isZero();
        // and fifteen quiet minutes forget it too
        for (int i = 0; i < 5; i++) {
            tryLogIn(cookie, false);
        }
        assertThat(throttle.waitMillis(cookie)).isPositive();
        clock.millis += LoginThrottle.FORGET_AFTER_MILLIS + 1;
        assertThat(throttle.waitMillis(cookie)).isZero();
    }

    @Test
    void guessesSentInParallelGetNoMoreTriesThanOneByOne() throws Exception {
        assertThat(parallelGuesses(new LoginThrottle.Attempt("prometheus", OFFICE, null))).isEqualTo(3);
        assertThat(parallelGuesses(new LoginThrottle.Attempt("stp.gd", OFFICE, "stolen-cookie"))).isEqualTo(5);
    }

    /** 40 wrong passwords at once; how many were checked. */
    int parallelGuesses(LoginThrottle.Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> checked = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                checked.add(pool.submit(() -> {
                    start.await();
                    if (throttle.begin(attempt) > 0) {
                        return false;
                    }
                    Thread.sleep(2); // the password check
                    throttle.end(attempt, false);
                    return true;
                }));
            }
            start.countDown();
            int n = 0;
            for (Future<Boolean> f : checked) {
                n += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return n;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMonitorsGuessesAreCountedApartFromThePeoples() {
        for (int i = 0; i < 3; i++) {
            tryLogIn(ManagementAccess.attempt("demo", OFFICE), false);
        }
        assertThat(throttle.waitMillis(ManagementAccess.attempt("demo", OFFICE))).isPositive();
        assertThat(throttle.waitMillis("demo", OFFICE)).isZero();
        assertThat(ManagementAccess.guards("/actuator/prometheus")).isTrue();
        assertThat(ManagementAccess.guards("/actuator")).isTrue();
        assertThat(ManagementAccess.guards("/actuator/health/readiness")).isFalse();
    }

    @Test
    void aCookieCountsOnlyAsSignedForItsOwnUserWithinItsLifetime() {
        DeviceCookies cookies = new DeviceCookies(() -> KEY, false, clock);
        long now = clock.millis / 1000;
        String value = cookies.value("stp.gd", "AAAAAAAAAAAAAAAAAAAAAA", now);
        assertThat(cookies.verify(value, "stp.gd")).isEqualTo("AAAAAAAAAAAAAAAAAAAAAA");
        assertThat(cookies.verify(value, "STP.GD")).as("the same person").isNotNull();
        assertThat(cookies.verify(value, "stp.vp")).as("another user's").isNull();
        String mac = value.substring(value.lastIndexOf('.') + 1);
        String forged = value.substring(0, value.lastIndexOf('.') + 1) + (mac.charAt(0) == 'A' ? 'B' : 'A')
                + mac.substring(1);
        assertThat(cookies.verify(forged, "stp.gd")).isNull();
        assertThat(cookies.verify(value.replace("AAAA", "AAAB"), "stp.gd")).as("another id, same HMAC").isNull();
        assertThat(new DeviceCookies(() -> "mot-khoa-khac-cua-mot-tinh-khac-2026".getBytes(StandardCharsets.UTF_8),
                false, clock).verify(value, "stp.gd")).as("another key").isNull();
        assertThat(cookies.verify(cookies.value("stp.gd", "AAAAAAAAAAAAAAAAAAAAAA", now - 181L * 86_400), "stp.gd"))
                .as("too old").isNull();
        assertThat(cookies.verify(cookies.value("stp.gd", "AAAAAAAAAAAAAAAAAAAAAA", now - 179L * 86_400), "stp.gd"))
                .isNotNull();
        assertThat(cookies.verify(cookies.value("stp.gd", "AAAAAAAAAAAAAAAAAAAAAA", now + 86_400), "stp.gd"))
                .as("from the future").isNull();
        for (String garbage : new String[]{"", ".", "a.b.c", "AAAAAAAAAAAAAAAAAAAAAA.x.y", "AAAAAAAAAAAAAAAAAAAAAA."
                + now + ".%%%", value + ".x", "<script>"}) {
            assertThat(cookies.verify(garbage, "stp.gd")).as(garbage).isNull();
        }
        assertThat(cookies.verify(null, "stp.gd")).isNull();
        // without a key (the database away) nothing is trusted and nothing issued
        DeviceCookies keyless = new DeviceCookies(() -> null, false, clock);
        assertThat(keyless.verify(value, "stp.gd")).isNull();
        assertThat(keyless.newCookie("stp.gd")).isNull();
    }

    @Test
    void eachUserHasHerOwnLongLivedHttpOnlyStrictCookie() {
        DeviceCookies cookies = new DeviceCookies(() -> KEY, false, clock);
        String header = cookies.newCookie("stp.gd");
        assertThat(header).startsWith(DeviceCookies.name("stp.gd") + "=").contains("Path=/")
                .contains("Max-Age=15552000").contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        assertThat(new DeviceCookies(() -> KEY, true, clock).newCookie("stp.gd")).contains("Secure");
        assertThat(DeviceCookies.name("stp.gd")).matches("dldc_device_[0-9a-f]{16}")
                .isEqualTo(DeviceCookies.name("STP.GD")).isNotEqualTo(DeviceCookies.name("stp.vp"));
        assertThat(cookies.newCookie("stp.gd")).as("a new id every time").isNotEqualTo(header);
        // a shared office PC: the director's cookie and the deputy's side by side; each counts for its own user
        String value = header.substring(header.indexOf('=') + 1, header.indexOf(';'));
        String deputy = cookies.newCookie("stp.vp");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(DeviceCookies.name("stp.gd"), value), new Cookie(DeviceCookies.name("stp.vp"),
                deputy.substring(deputy.indexOf('=') + 1, deputy.indexOf(';'))));
        assertThat(cookies.trusted(request, "stp.gd")).isEqualTo(value.substring(0, value.indexOf('.')));
        assertThat(cookies.trusted(request, "stp.vp")).isNotNull();
        assertThat(cookies.trusted(request, "stp.cv1")).isNull();
        // the director's cookie put under the deputy's name vouches for nobody
        MockHttpServletRequest swapped = new MockHttpServletRequest();
        swapped.setCookies(new Cookie(DeviceCookies.name("stp.vp"), value));
        assertThat(cookies.trusted(swapped, "stp.vp")).isNull();
        assertThat(cookies.trusted(new MockHttpServletRequest(), "stp.gd")).isNull();
    }
}
