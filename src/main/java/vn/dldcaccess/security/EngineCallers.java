package vn.dldcaccess.security;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Groups;

import java.util.List;

/**
 * Who calls the engine's resources: on the engine REST API the user its HTTP Basic filter (which runs first)
 * authenticated for this request; on the webapps' copy the user logged in to this session.
 */
@Component
class EngineCallers {
    private final IdentityService identity;

    EngineCallers(IdentityService identity) {
        this.identity = identity;
    }

    record Caller(String userId, List<String> groupIds) {
        boolean admin() {
            return groupIds.contains(Groups.ADMINS);
        }
    }

    /** The caller, or null when nobody is logged in. */
    Caller of(HttpServletRequest request, EngineRequest call) {
        if (call.mount() == EngineRequest.Mount.ENGINE_REST) {
            Authentication auth = identity.getCurrentAuthentication();
            return auth == null || auth.getUserId() == null ? null
                    : new Caller(auth.getUserId(), auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
        }
        return RequestLogins.webappLogin(request).map(auth -> new Caller(auth.getIdentityId(),
                auth.getGroupIds() == null ? List.<String>of() : auth.getGroupIds())).orElse(null);
    }
}
