package vn.dldcaccess.document;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Before a file for the open verification page is even received: at most {@code dldc.uploads.verifications-per-minute}
 * files a minute from one address (a token bucket of that size; an agency behind one address checks a handful a
 * day); the rest are answered at once, 429 with Retry-After, in Vietnamese. With {@link PdfBulkhead} and
 * {@link PdfLimits} this bounds what strangers can make the node do.
 */
@Component
class VerificationRateLimit extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(VerificationRateLimit.class);
    private static final int MAX_ADDRESSES = 100_000;

    private final UploadProperties properties;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    private final class Bucket {
        double tokens = properties.verificationsPerMinute();
        long at;
    }

    @org.springframework.beans.factory.annotation.Autowired
    VerificationRateLimit(UploadProperties properties) {
        this(properties, Clock.systemUTC());
    }

    VerificationRateLimit(UploadProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !"POST".equalsIgnoreCase(request.getMethod()) || !path.equals("/api/verify");
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
        long wait = take(request.getRemoteAddr());
        if (wait > 0) {
            log.info("Verification refused: rate limit of {} a minute reached by {}",
                    properties.verificationsPerMinute(), request.getRemoteAddr());
            answer(response, 429, (wait + 999) / 1000, Messages.text("document.verify.rateLimit",
                    properties.verificationsPerMinute(), (wait + 999) / 1000));
            return;
        }
        chain.doFilter(request, response);
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

    static void answer(HttpServletResponse response, int status, long retryAfter, String message)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", String.valueOf(retryAfter));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(("{\"message\":\"" + message.replace("\"", "\\\"") + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
