package vn.dldcaccess.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells the password checks where a request comes from and which device cookies it carries, answers a log-in
 * that must wait with a Vietnamese 429 saying how long (the webapps' log-in page shows that message) before any
 * password is looked at, and gives the browser a device cookie after a right password: always on the webapps'
 * log-in form, and on HTTP Basic when the request carried none valid for that user.
 */
class LoginThrottleFilter extends OncePerRequestFilter {
    private static final int MAX_LOGIN_BODY = 4096;
    private final LoginThrottle throttle;
    private final DeviceCookies cookies;

    LoginThrottleFilter(LoginThrottle throttle, DeviceCookies cookies) {
        this.throttle = throttle;
        this.cookies = cookies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestLogins.path(request);
        boolean formLogin = isWebappLogin(request, path);
        RequestClient client = new RequestClient(request.getRemoteAddr(), request, response, cookies, formLogin);
        LoginSource.set(client);
        try {
            HttpServletRequest forward = request;
            String user = RequestLogins.basic(request).map(RequestLogins.Basic::user).orElse(null);
            LoginThrottle.Attempt attempt = null;
            if (ManagementAccess.guards(path)) {
                attempt = user == null ? null : ManagementAccess.attempt(user, client.address());
            } else {
                if (user == null && formLogin) {
                    byte[] body = CachedBodyRequest.read(request, MAX_LOGIN_BODY);
                    if (body == null) {
                        response.sendError(413);
                        return;
                    }
                    forward = new CachedBodyRequest(request, body);
                    user = formValue(new String(body, StandardCharsets.UTF_8), "username");
                }
                attempt = user == null ? null : new LoginThrottle.Attempt(user, client.address(), client.device(user));
            }
            long wait = attempt == null ? 0 : throttle.waitMillis(attempt);
            if (wait > 0) {
                refuse(request, response, wait);
                return;
            }
            chain.doFilter(forward, response);
        } finally {
            LoginSource.clear();
        }
    }

    /** The answer to a log-in that must wait: 429, Retry-After and the Vietnamese message. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, long waitMillis) throws IOException {
        long seconds = (waitMillis + 999) / 1000;
        response.setHeader("Retry-After", String.valueOf(seconds));
        new GuardRefusal(429, "LoginThrottled", Messages.text("security.login.throttled", seconds), "log-in throttled").write(request, response);
    }

    private static boolean isWebappLogin(HttpServletRequest request, String path) {
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

    /** One request's client: its device cookies read once per user, at most one new cookie per user. */
    private static final class RequestClient implements LoginSource.Client {
        private final String address;
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final DeviceCookies cookies;
        private final boolean formLogin;
        private final Map<String, Optional<String>> devices = new HashMap<>();
        private final Set<String> issued = new HashSet<>();

        RequestClient(String address, HttpServletRequest request, HttpServletResponse response, DeviceCookies cookies,
                      boolean formLogin) {
            this.address = address;
            this.request = request;
            this.response = response;
            this.cookies = cookies;
            this.formLogin = formLogin;
        }

        @Override
        public String address() {
            return address;
        }

        @Override
        public String device(String user) {
            return devices.computeIfAbsent(user.toLowerCase(Locale.ROOT),
                    u -> Optional.ofNullable(cookies.trusted(request, u))).orElse(null);
        }

        @Override
        public void loggedIn(String user, String device) {
            // the log-in form renews the cookie (a fresh id, a fresh lifetime); a script keeps the one it has
            if ((formLogin || device == null) && issued.add(user.toLowerCase(Locale.ROOT))) {
                cookies.issue(response, user);
            }
        }
    }
}
