package vn.dldcaccess.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Puts the person on every log line of a request's work (MDC "user"): the webapps' log-in, or the engine's
 * authentication the Basic filter has just made on the engine REST API. The request itself is added by the
 * engine on the lines of a step's work (MDC "requestKey", the process's business key).
 */
class LogContextFilter extends OncePerRequestFilter {
    static final String USER = "user";
    private final IdentityService identity;

    LogContextFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user = RequestLogins.webappLogin(request).map(a -> a.getIdentityId()).orElseGet(() -> {
            Authentication engine = identity.getCurrentAuthentication();
            return engine == null ? null : engine.getUserId();
        });
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(USER, user)) {
            chain.doFilter(request, response);
        }
    }
}
