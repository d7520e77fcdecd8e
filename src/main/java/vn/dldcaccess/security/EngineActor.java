package vn.dldcaccess.security;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Who caused a step the engine is executing: the authenticated user, or "system" for timers and jobs. */
public final class EngineActor {
    private EngineActor() {
    }

    public static String of(DelegateExecution execution) {
        var auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth != null && auth.getUserId() != null ? auth.getUserId() : "system";
    }
}
