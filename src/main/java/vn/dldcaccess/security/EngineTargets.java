package vn.dldcaccess.security;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a guarded call acts on, looked up without the caller's authorizations (the engine applies them when
 * the call itself runs): a task's form and whether it is meant for a group, a process definition's start form.
 */
@Component
class EngineTargets {
    private final IdentityService identity;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final FormService forms;
    private final ConcurrentHashMap<String, StartTarget> startTargets = new ConcurrentHashMap<>();

    EngineTargets(IdentityService identity, TaskService tasks, RepositoryService repository, FormService forms) {
        this.identity = identity;
        this.tasks = tasks;
        this.repository = repository;
        this.forms = forms;
    }

    /** A task: the id of its form (null: none) and whether a group holds it (else it is one person's). */
    record TaskTarget(String formId, boolean groupTask, String assignee) {
    }

    Optional<TaskTarget> task(String taskId) {
        return unchecked(() -> {
            Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            if (task == null) {
                return Optional.empty();
            }
            // a group's task, or one shared by named candidates (a head's own request: the unit's other heads)
            boolean group = tasks.getIdentityLinksForTask(taskId).stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                            && (l.getGroupId() != null || l.getUserId() != null));
            CamundaFormRef ref = task.getCamundaFormRef();
            return Optional.of(new TaskTarget(ref == null ? null : ref.getKey(), group, task.getAssignee()));
        });
    }

    /** A process definition someone may start: the id of its start form (null: none). */
    record StartTarget(String formId) {
    }

    /** The latest version of a process, by key. */
    Optional<StartTarget> startOfKey(String processKey) {
        return unchecked(() -> Optional.ofNullable(repository.createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult()))
                .flatMap(d -> startOfId(d.getId()));
    }

    Optional<StartTarget> startOfId(String definitionId) {
        StartTarget known = startTargets.get(definitionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<StartTarget> found = unchecked(() -> {
            if (repository.createProcessDefinitionQuery().processDefinitionId(definitionId).count() == 0) {
                return Optional.empty();
            }
            StartFormData data = forms.getStartFormData(definitionId);
            CamundaFormRef ref = data == null ? null : data.getCamundaFormRef();
            return Optional.of(new StartTarget(ref == null ? null : ref.getKey()));
        });
        found.ifPresent(t -> startTargets.put(definitionId, t));
        return found;
    }

    /**
     * Why a password does not meet the policy for this user (as stored, or as about to be created), in
     * Vietnamese; empty when it does.
     */
    Optional<String> passwordRefusal(String userId, String firstName, String lastName, String email, String password) {
        return unchecked(() -> {
            User user = identity.createUserQuery().userId(userId).singleResult();
            if (user == null) {
                user = identity.newUser(userId);
                user.setFirstName(firstName);
                user.setLastName(lastName);
                user.setEmail(email);
            }
            PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
            return result.isValid() ? Optional.empty() : Optional.of(PasswordRules.refusal(result, password, user));
        });
    }

    private <T> T unchecked(Supplier<T> lookup) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return lookup.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
