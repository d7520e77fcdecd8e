package vn.dldcaccess.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Tells the password checks where a request comes from, and answers a log-in that must wait with a Vietnamese
 * 429 saying how long (the webapps' log-in page shows that message), before any password is looked at.
 */
class LoginThrottleFilter extends OncePerRequestFilter {
    private static final int MAX_LOGIN_BODY = 4096;
    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String source = request.getRemoteAddr();
        LoginSource.set(source);
        try {
            HttpServletRequest forward = request;
            String user = RequestLogins.basic(request).map(RequestLogins.Basic::user).orElse(null);
            if (user == null && isWebappLogin(request)) {
                byte[] body = CachedBodyRequest.read(request, MAX_LOGIN_BODY);
                if (body == null) {
                    response.sendError(413);
                    return;
                }
                forward = new CachedBodyRequest(request, body);
                user = formValue(new String(body, StandardCharsets.UTF_8), "username");
            }
            long wait = user == null ? 0 : throttle.waitMillis(user, source);
            if (wait > 0) {
                long seconds = (wait + 999) / 1000;
                response.setHeader("Retry-After", String.valueOf(seconds));
                GuardRefusal refusal = new GuardRefusal(429, "LoginThrottled", "Đăng nhập sai nhiều lần. Vì an toàn, "
                        + "vui lòng thử lại sau " + seconds + " giây.", "log-in throttled");
                refusal.write(request, response);
                return;
            }
            chain.doFilter(forward, response);
        } finally {
            LoginSource.clear();
        }
    }

    private static boolean isWebappLogin(HttpServletRequest request) {
        String path = RequestLogins.path(request);
        return "POST".equalsIgnoreCase(request.getMethod())
                && path.matches("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    }

    private static String formValue(String body, String name) {
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
