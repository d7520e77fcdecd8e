package vn.dldcaccess.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The management endpoints: health (liveness, readiness) is open to the load balancer and shows no details;
 * everything else (Prometheus, metrics, info) needs the monitor's own log-in from the environment, throttled
 * like every other log-in (wrong tries make the next ones wait, answered 429). Its counts are kept apart from the
 * people's ("monitor:" + the name tried), so that trying a person's name here slows nobody's log-in. Without a
 * configured password nothing but health is served.
 */
class ManagementAccess extends OncePerRequestFilter {
    private final SecurityProperties properties;
    private final LoginThrottle throttle;

    ManagementAccess(SecurityProperties properties, LoginThrottle throttle) {
        this.properties = properties;
        this.throttle = throttle;
    }

    /** Whether the path needs the monitor's log-in (every management path but health). */
    static boolean guards(String path) {
        boolean management = path.equals("/actuator") || path.startsWith("/actuator/");
        return management && !path.equals("/actuator/health") && !path.startsWith("/actuator/health/");
    }

    /** A log-in to the management endpoints, counted apart from the people's. */
    static LoginThrottle.Attempt attempt(String user, String source) {
        return new LoginThrottle.Attempt("monitor:" + user, source, null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!guards(RequestLogins.path(request))) {
            chain.doFilter(request, response);
            return;
        }
        Optional<RequestLogins.Basic> basic = RequestLogins.basic(request);
        if (basic.isPresent()) {
            LoginThrottle.Attempt attempt = attempt(basic.get().user(), LoginSource.current().address());
            long wait = throttle.begin(attempt);
            if (wait > 0) {
                LoginThrottleFilter.refuse(request, response, wait);
                return;
            }
            Boolean ok = null;
            try {
                ok = monitor(basic.get());
            } finally {
                throttle.end(attempt, ok);
            }
            if (ok) {
                chain.doFilter(request, response);
                return;
            }
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"dldc-access management\"");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                java.util.Map.of("message", Messages.text("security.management.logIn"))));
    }

    private boolean monitor(RequestLogins.Basic basic) {
        String expected = properties.metricsPassword();
        if (expected == null || expected.isEmpty()) {
            return false;
        }
        return basic.user().equals(properties.metricsUser()) && MessageDigest.isEqual(
                basic.password().getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
