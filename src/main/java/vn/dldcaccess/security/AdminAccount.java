package vn.dldcaccess.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.shared.Messages;

/**
 * The administrator: made at the first start (never changed afterwards: the administrator changes their own
 * password in Admin, under the policy), member of the administrators' group, which holds every permission.
 * Outside the demo run the start stops when the configured password is weak, "demo" above all.
 */
@Component
@Order(2)
class AdminAccount implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);
    private final ProcessEngine engine;
    private final SecurityProperties properties;

    private final String initialPassword;

    AdminAccount(ProcessEngine engine, SecurityProperties properties,
                 @Value("${dldc.organization.initial-password:}") String initialPassword) {
        this.engine = engine;
        this.properties = properties;
        this.initialPassword = initialPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        vn.dldcaccess.shared.TransientRetry.run("The administrator's account", this::ensure);
    }

    private void ensure() {
        IdentityService identity = engine.getIdentityService();
        String id = properties.adminId();
        String password = properties.adminPassword();
        if (!properties.demo()) {
            refuseWeak(identity, id, password, "DLDC_ADMIN_PASSWORD");
            if (initialPassword != null && !initialPassword.isBlank()) {
                refuseWeak(identity, id, initialPassword, "DLDC_INITIAL_PASSWORD");
            }
        }
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(Messages.text("security.admin.firstName"));
            user.setLastName(Messages.text("security.admin.lastName"));
            user.setPassword(password);
            // the demo's "demo" is below the policy on purpose (README); production passwords were checked above
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                    .execute(new SaveUserCmd(user, true));
            log.info("Administrator {} created", id);
        }
        if (identity.createGroupQuery().groupId(Groups.ADMINS).count() == 0) {
            var group = identity.newGroup(Groups.ADMINS);
            group.setName(Messages.text("security.admin.group"));
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(id).memberOfGroup(Groups.ADMINS).count() == 0) {
            identity.createMembership(id, Groups.ADMINS);
        }
        grantAll(engine.getAuthorizationService());
    }

    /** Which rules a password broke, in the log's English. */
    static String brokenRules(PasswordPolicyResult result, String password) {
        if ("demo".equalsIgnoreCase(password)) {
            return "it is the demo password 'demo'";
        }
        return result.getViolatedRules().stream().map(rule -> switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "it is shorter than " + PasswordRules.MIN_LENGTH + " characters";
            case "PASSWORD_POLICY_USER_DATA" -> "it contains the user name";
            case NotPersonal.PLACEHOLDER -> "it is built from a person's names";
            case PasswordRules.NotCommon.PLACEHOLDER -> "it is a common password";
            default -> "it breaks rule " + rule.getPlaceholder();
        }).collect(java.util.stream.Collectors.joining(", and "));
    }

    private static void refuseWeak(IdentityService identity, String id, String password, String variable) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(variable + " is not set: the administrator needs a password");
        }
        User probe = identity.newUser(id);
        PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, probe);
        if ("demo".equalsIgnoreCase(password) || !result.isValid()) {
            throw new IllegalStateException(variable + " is too weak for a production run: " + brokenRules(result,
                    password) + ". The rules: at least " + PasswordRules.MIN_LENGTH + " characters, not containing "
                    + "the user name ('" + id + "'), not built from a person's names, not a common password");
        }
    }

    private static void grantAll(AuthorizationService authorizations) {
        for (Resources resource : Resources.values()) {
            boolean granted = authorizations.createAuthorizationQuery().groupIdIn(Groups.ADMINS)
                    .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
            if (!granted) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.ADMINS);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
    }
}
