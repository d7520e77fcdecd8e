package vn.dldcaccess.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling an application endpoint: the user logged in to the Camunda webapps (same session, same
 * idle timeout, same logout), or a client sending HTTP Basic credentials checked against the engine's users.
 */
@Component
public class CurrentUser {
    private final IdentityService identity;

    CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    public Optional<AuthenticatedUser> resolve(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
            if (auths != null) {
                for (UserAuthentication auth : auths.getAuthentications()) {
                    if (auth.getIdentityId() != null) {
                        return Optional.of(new AuthenticatedUser(auth.getIdentityId(), groupsOf(auth.getIdentityId())));
                    }
                }
            }
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String user = decoded.substring(0, colon);
                if (identity.checkPassword(user, decoded.substring(colon + 1))) {
                    return Optional.of(new AuthenticatedUser(user, groupsOf(user)));
                }
            }
        }
        return Optional.empty();
    }

    private java.util.List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
