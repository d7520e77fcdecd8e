package vn.dldcaccess.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The management endpoints: health (liveness, readiness) is open to the load balancer and shows no details;
 * everything else (Prometheus, metrics, info) needs the monitor's own log-in from the environment. Without a
 * configured password nothing but health is served.
 */
class ManagementAccess extends OncePerRequestFilter {
    private final SecurityProperties properties;

    ManagementAccess(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestLogins.path(request);
        if (path.equals("/actuator/health") || path.startsWith("/actuator/health/") || monitor(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"dldc-access management\"");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"Vui lòng đăng nhập bằng tài khoản giám sát.\"}");
    }

    private boolean monitor(HttpServletRequest request) {
        String expected = properties.metricsPassword();
        if (expected == null || expected.isEmpty()) {
            return false;
        }
        return RequestLogins.basic(request)
                .filter(b -> b.user().equals(properties.metricsUser()))
                .filter(b -> MessageDigest.isEqual(b.password().getBytes(StandardCharsets.UTF_8),
                        expected.getBytes(StandardCharsets.UTF_8)))
                .isPresent();
    }
}
