package vn.dldcaccess.document;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Before a PDF from outside is even received: the open verification page takes at most
 * {@code dldc.uploads.verifications-per-minute} files a minute from one address (a token bucket of that size; an
 * agency behind one address checks a handful a day), and the PDF endpoints together read at most
 * {@code dldc.uploads.at-once} files at the same time (a bulkhead: one per core), a file waiting at most
 * {@code dldc.uploads.max-wait} for its turn. The rest are answered at once, 429 or 503 with Retry-After, in Vietnamese.
 * With {@link PdfLimits} this bounds what strangers can make the node hold: that many files, each within its limits.
 */
@Component
class PdfUploadGate extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(PdfUploadGate.class);
    private static final int MAX_ADDRESSES = 100_000;

    private final UploadProperties properties;
    private final Semaphore reading;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    private final class Bucket {
        double tokens = properties.verificationsPerMinute();
        long at;
    }

    @org.springframework.beans.factory.annotation.Autowired
    PdfUploadGate(UploadProperties properties) {
        this(properties, Clock.systemUTC());
    }

    PdfUploadGate(UploadProperties properties, Clock clock) {
        this.properties = properties;
        this.reading = new Semaphore(properties.atOnce(), true);
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"POST".equalsIgnoreCase(request.getMethod())
                || !(path.equals("/api/verify") || path.matches("/api/agency-letters/[^/]+/signed"));
    }

    /**
     * The path as the controllers are matched by it: decoded, without ";…" parameters (the servlet path), repeated
     * and trailing slashes dropped, so that no spelling of an upload endpoint passes by the gate.
     */
    static String path(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        path = path.replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (path(request).equals("/api/verify")) {
            long wait = take(request.getRemoteAddr());
            if (wait > 0) {
                log.info("Verification refused: rate limit of {} a minute reached by {}",
                        properties.verificationsPerMinute(), request.getRemoteAddr());
                answer(response, 429, (wait + 999) / 1000, "Địa chỉ của Anh/Chị đã gửi kiểm tra quá "
                        + properties.verificationsPerMinute() + " tệp trong một phút. Vui lòng thử lại sau "
                        + (wait + 999) / 1000 + " giây.");
                return;
            }
        }
        boolean entered;
        try {
            entered = reading.tryAcquire(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            log.info("PDF upload refused: {} files already being read", properties.atOnce());
            answer(response, 503, 5, "Hệ thống đang kiểm tra nhiều tệp cùng lúc. Vui lòng thử lại sau 5 giây.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            reading.release();
        }
    }

    /** @return 0 when a token was taken, else the milliseconds until one is there */
    long take(String address) {
        long now = clock.millis();
        long refillMillis = 60_000 / properties.verificationsPerMinute();
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.entrySet().removeIf(e -> now - e.getValue().at > 60_000);
        }
        Bucket b = buckets.computeIfAbsent(address, a -> new Bucket());
        synchronized (b) {
            if (b.at > 0) {
                b.tokens = Math.min(properties.verificationsPerMinute(), b.tokens + (now - b.at) / (double) refillMillis);
            }
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - b.tokens) * refillMillis);
        }
    }

    private static void answer(HttpServletResponse response, int status, long retryAfter, String message)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(("{\"message\":\"" + message.replace("\"", "\\\"") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
