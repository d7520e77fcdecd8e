package vn.dldcaccess.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The webapps' CSRF check, before Camunda's own (CsrfPreventionFilter), which ends the person's session when a
 * request comes without the session's token: a page of another site could then log anyone out by posting to
 * the webapps. A state-changing request of a session without its token is refused here in Vietnamese, and the
 * session goes on; Camunda's filter still checks everything that passes (requests without a session, whose
 * loss costs nobody anything, and its entry points).
 */
class WebappCsrfCheck extends OncePerRequestFilter {
    /** Where Camunda's filter keeps the session's token, and the header the webapps send it in. */
    static final String SESSION_TOKEN = "CAMUNDA_CSRF_TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";
    private static final Logger log = LoggerFactory.getLogger(WebappCsrfCheck.class);
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final List<String> entryPoints;

    WebappCsrfCheck(List<String> entryPoints) {
        this.entryPoints = entryPoints == null ? List.of() : List.copyOf(entryPoints);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !SAFE.contains(request.getMethod()) && !entryPoint(RequestLogins.path(request))) {
            Object expected = session.getAttribute(SESSION_TOKEN);
            String sent = request.getHeader(HEADER);
            if (expected == null || sent == null || !expected.equals(sent)) {
                log.info("Webapp request without the session's CSRF token refused ({} {}); the session is kept",
                        request.getMethod(), RequestLogins.path(request));
                response.setHeader(HEADER, "Required");
                GuardRefusal.forbidden(Messages.text("security.csrf.missing"), "CSRF token missing or wrong").write(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean entryPoint(String path) {
        return entryPoints.stream().anyMatch(path::endsWith);
    }
}
