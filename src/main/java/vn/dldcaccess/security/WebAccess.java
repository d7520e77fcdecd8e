package vn.dldcaccess.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.shared.Messages;

import java.util.Map;

/** The answers and rules the application's own pages share (same log-in as the webapps, or HTTP Basic). */
public final class WebAccess {
    private WebAccess() {
    }

    /**
     * 401 with a Vietnamese message; the Basic challenge lets scripts and portals log in. Not to our pages' own
     * scripts (see {@link #loginRequired(jakarta.servlet.http.HttpServletRequest)}), found from the current request.
     */
    public static ResponseEntity<Map<String, String>> loginRequired() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            return loginRequired(attributes.getRequest());
        }
        return challenge();
    }

    private static ResponseEntity<Map<String, String>> challenge() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dldc-access\"")
                .body(Map.of("message", Messages.text("security.login.required")));
    }

    /**
     * 401 for our pages' own scripts (they send X-Requested-With): without the Basic challenge, which would make
     * the browser hold the request behind its own log-in dialog instead of letting the page say what to do.
     */
    public static ResponseEntity<Map<String, String>> loginRequired(jakarta.servlet.http.HttpServletRequest request) {
        if (request.getHeader("X-Requested-With") == null) {
            return challenge();
        }
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", Messages.text("security.login.required")));
    }

    public static ResponseEntity<Map<String, String>> forbidden(String vietnameseMessage) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", vietnameseMessage));
    }

    /** An agency's registers are for its office, the aggregator (every agency) and admins. */
    public static boolean seesAgency(AuthenticatedUser user, String agencyCode) {
        return user.inGroup(Groups.agencyOffice(agencyCode)) || user.inGroup(Groups.AGGREGATOR)
                || user.inGroup(Groups.ADMINS);
    }
}
