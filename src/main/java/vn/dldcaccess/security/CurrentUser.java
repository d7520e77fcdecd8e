package vn.dldcaccess.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

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
        Optional<UserAuthentication> webapp = RequestLogins.webappLogin(request);
        if (webapp.isPresent()) {
            String user = webapp.get().getIdentityId();
            return Optional.of(new AuthenticatedUser(user, groupsOf(user)));
        }
        return RequestLogins.basic(request).filter(b -> identity.checkPassword(b.user(), b.password()))
                .map(b -> new AuthenticatedUser(b.user(), groupsOf(b.user())));
    }

    private java.util.List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
