package vn.dldcaccess.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/**
 * The engine's side of the security: password checks throttled instead of locking users out, the password
 * policy on every password a person or the administrator sets, and tasks that their candidates and assignee may
 * only claim and complete (TASK_WORK, not Camunda's default UPDATE, which would let them write the process's
 * variables, add identity links and hand the task to anyone).
 */
class SecurityEnginePlugin implements ProcessEnginePlugin {
    private final LoginThrottle throttle;
    private final ThrottledIdentityProvider.Passwords passwords;

    SecurityEnginePlugin(LoginThrottle throttle, ThrottledIdentityProvider.Passwords passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new ThrottledIdentityProvider.Factory(throttle, passwords));
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new PasswordRules());
        configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
    }
}
