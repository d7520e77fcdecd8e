package vn.dldcaccess.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Security headers on the application's own pages and APIs (the Camunda webapps set theirs): a
 * Content-Security-Policy that runs only the pages' own script files (no inline script, nothing from elsewhere),
 * no MIME sniffing, no framing, no referrer to other sites, and HSTS when served over HTTPS.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestLogins.path(request);
        if (!path.startsWith("/camunda/")) {
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            if (!path.startsWith("/engine-rest")) {
                response.setHeader("Content-Security-Policy", CSP);
            }
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
        }
        chain.doFilter(request, response);
    }
}
