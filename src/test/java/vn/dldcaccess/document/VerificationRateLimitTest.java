package vn.dldcaccess.document;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 23: the open page's allowance per address on a test clock, and the bulkhead of PDF readings. */
class VerificationRateLimitTest {
    static MockHttpServletRequest post(String path, String address) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", path);
        r.setServletPath(path);
        r.setRemoteAddr(address);
        return r;
    }

    @Test
    void anAddressGetsTenAMinuteAndAnotherAddressIsNotHeldBack() throws Exception {
        MutableClock clock = new MutableClock();
        VerificationRateLimit gate = new VerificationRateLimit(new UploadProperties(2, Duration.ofSeconds(2), 10), clock);
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse ok = new MockHttpServletResponse();
            gate.doFilter(post("/api/verify", "10.0.0.1"), ok, (rq, rs) -> { });
            assertThat(ok.getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = new MockHttpServletResponse();
        gate.doFilter(post("/api/verify", "10.0.0.1"), refused, (rq, rs) -> { });
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("6");
        assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Địa chỉ của Anh/Chị đã gửi kiểm tra quá 10 tệp trong một phút. Vui lòng thử lại sau 6 giây.");

        MockHttpServletResponse other = new MockHttpServletResponse();
        gate.doFilter(post("/api/verify", "10.0.0.2"), other, (rq, rs) -> { });
        assertThat(other.getStatus()).isEqualTo(200);

        clock.now = clock.now.plusSeconds(6);
        MockHttpServletResponse later = new MockHttpServletResponse();
        gate.doFilter(post("/api/verify", "10.0.0.1"), later, (rq, rs) -> { });
        assertThat(later.getStatus()).as("one more after six seconds").isEqualTo(200);
    }

    @Test
    void twoFilesAreReadAtOnceAndAThirdIsRefusedBusy() throws Exception {
        PdfBulkhead bulkhead = new PdfBulkhead(new UploadProperties(2, Duration.ofMillis(200), 1000));
        CountDownLatch inside = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        Runnable reader = () -> bulkhead.read(() -> {
            inside.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        Thread a = new Thread(reader);
        Thread b = new Thread(reader);
        a.start();
        b.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> bulkhead.read(() -> 1)).isInstanceOfSatisfying(PdfBusy.class, e -> assertThat(
                e.vietnameseMessage()).isEqualTo("Hệ thống đang kiểm tra nhiều tệp cùng lúc. Vui lòng thử lại sau 5 giây."));
        release.countDown();
        a.join();
        b.join();
        assertThat(bulkhead.read(() -> 2)).isEqualTo(2);
    }

    @Test
    void noSpellingOfThePathPassesByTheGate() throws Exception {
        VerificationRateLimit gate = new VerificationRateLimit(new UploadProperties(2, Duration.ofSeconds(1), 1), Clock.systemUTC());
        MockHttpServletResponse first = new MockHttpServletResponse();
        gate.doFilter(servlet("/api/verify"), first, (rq, rs) -> { });
        assertThat(first.getStatus()).isEqualTo(200);
        for (String spelling : java.util.List.of("/api/verify/", "/api//verify", "//api/verify")) {
            MockHttpServletResponse r = new MockHttpServletResponse();
            gate.doFilter(servlet(spelling), r, (rq, rs) -> { });
            assertThat(r.getStatus()).as(spelling).isEqualTo(429);
        }
    }

    /** As Tomcat hands it to a filter: ";…" parameters and %-escapes are gone from the servlet path. */
    static MockHttpServletRequest servlet(String servletPath) {
        MockHttpServletRequest r = post(servletPath + ";jsessionid=x", "10.0.0.9");
        r.setServletPath(servletPath);
        return r;
    }

    @Test
    void otherRequestsPassUntouched() throws Exception {
        VerificationRateLimit gate = new VerificationRateLimit(new UploadProperties(1, Duration.ofMillis(1), 1), Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            MockHttpServletResponse r = new MockHttpServletResponse();
            gate.doFilter(new MockHttpServletRequest("GET", "/verify.html"), r, (rq, rs) -> { });
            assertThat(r.getStatus()).isEqualTo(200);
        }
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-05T01:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
