package vn.dldcaccess.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Engine work that the application's own endpoints set off for the person logged in (PC06's reply file): it
 * runs as that person, so every step it causes records them and the entities check them, like a step of the
 * Tasklist's. The engine's REST authorizations are for REST callers; here the domain has already decided who
 * may do what, as it does in the steps the engine runs itself.
 */
@Component
public class EngineWork {
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl configuration;

    EngineWork(ProcessEngine engine) {
        this.identity = engine.getIdentityService();
        this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    public <T> T as(AuthenticatedUser user, Supplier<T> work) {
        Authentication previous = identity.getCurrentAuthentication();
        identity.setAuthentication(user.id(), user.groupIds());
        try {
            return configuration.getCommandExecutorTxRequired().execute(context -> {
                context.disableAuthorizationCheck();
                return work.get();
            });
        } finally {
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }
}
