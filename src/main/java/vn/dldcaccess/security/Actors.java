package vn.dldcaccess.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.organization.OrganizationDirectory;

import java.util.List;

/**
 * Who takes a step, from the log-in only: the user the engine REST API or the webapps authenticated for this
 * request (the engine keeps it for the command that runs the step); nobody logged in is the system itself
 * (timers, jobs). No process variable is ever asked who acts.
 */
@Component
public class Actors {
    private final OrganizationDirectory organization;

    public Actors(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** The actor of the step the engine is executing. */
    public Actor of(DelegateExecution execution) {
        return of(execution.getProcessEngineServices().getIdentityService());
    }

    public Actor of(IdentityService identity) {
        Authentication auth = identity.getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null) {
            return Actor.system();
        }
        return of(auth.getUserId(), auth.getGroupIds());
    }

    public Actor of(AuthenticatedUser user) {
        return of(user.id(), user.groupIds());
    }

    private Actor of(String userId, List<String> groupIds) {
        boolean admin = groupIds != null && groupIds.contains(Groups.ADMINS);
        return new Actor(userId, organization.person(userId).orElse(null), admin);
    }
}
