package vn.dldcaccess.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** What a request carries about who sends it and where it goes: read here once for every filter and endpoint. */
final class RequestLogins {
    private RequestLogins() {
    }

    /** The path inside the application, e.g. {@code /camunda/api/engine/engine/default/task}. */
    static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** The person logged in to the Camunda webapps in this request's session, if any. */
    static Optional<UserAuthentication> webappLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        if (auths == null) {
            return Optional.empty();
        }
        return auths.getAuthentications().stream().filter(a -> a.getIdentityId() != null).findFirst();
    }

    record Basic(String user, String password) {
    }

    /** The HTTP Basic user name and password, not yet checked; empty when absent or unreadable. */
    static Optional<Basic> basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon > 0 ? Optional.of(new Basic(decoded.substring(0, colon), decoded.substring(colon + 1)))
                : Optional.empty();
    }
}
