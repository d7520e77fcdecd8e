package vn.dldcaccess.organization;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mirrors the organization into the engine: one user per person, groups per role and scope, and the
 * authorizations that make an applicant see only their own tasks, a unit head only their unit's and an
 * office only its agency's (task visibility comes from the engine's default task permissions for the
 * candidate group or assignee; nobody is granted READ on all tasks but admins).
 */
@Component
class EngineIdentitySync {
    /** The Tasklist filters' own marks (a property): their names are wording a province may change. */
    static final String FILTER_ALL = "all";
    static final String FILTER_MINE = "mine";
    private static final String FILTER_MARK = "dldcFilter";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final OrganizationProperties properties;
    private final CommandExecutor commands;

    EngineIdentitySync(ProcessEngine engine, OrganizationProperties properties) {
        this.identity = engine.getIdentityService();
        this.authorizations = engine.getAuthorizationService();
        this.filters = engine.getFilterService();
        this.tasks = engine.getTaskService();
        this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        this.properties = properties;
    }

    void sync(OrganizationFile file) {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(Groups.APPLICANTS, Messages.text("organization.group.applicants"));
        groups.put(Groups.AGGREGATOR, Messages.text("organization.group.aggregator"));
        groups.put(Groups.AGGREGATOR_LEADERS, Messages.text("organization.group.aggregatorLeaders"));
        groups.put(Groups.PC06, Messages.text("organization.group.pc06"));
        groups.put(Groups.TTHC_ADMINS, Messages.text("organization.group.tthcAdmins"));
        for (OrganizationFile.Agency a : file.agencies()) {
            if (a.kind() == AgencyKind.AGENCY) {
                groups.put(Groups.agencyOffice(a.code()), Messages.text("organization.group.office", a.name()));
                groups.put(Groups.directors(a.code()), Messages.text("organization.group.directors", a.name()));
            }
            if (a.units() != null) {
                a.units().forEach(u -> groups.put(Groups.unitHeads(u.code()), Messages.text("organization.group.unitHeads", u.name())));
            }
        }
        groups.forEach(this::ensureGroup);
        ensureGroup(Groups.ADMINS, Messages.text("security.admin.group"));

        for (OrganizationFile.Person p : file.people()) {
            ensureUser(p);
            if (p.left() != null) {
                // gone: no group of theirs routes work to them any more (issue 22)
                continue;
            }
            for (Role role : p.roles()) {
                for (String group : groupsOf(role, p)) {
                    ensureMembership(p.username(), group);
                }
            }
        }

        for (String group : groups.keySet()) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // anyone may hold an account, and so write an authorization letter for it
            grant(group, Resources.PROCESS_DEFINITION, "Process_AuthorizationLetter", Permissions.READ,
                    Permissions.CREATE_INSTANCE);
            grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            if (group.startsWith(Groups.unitHeads("")) || group.startsWith(Groups.agencyOffice(""))) {
                // a unit head or the agency office reports a person who leaves or moves
                grant(group, Resources.PROCESS_DEFINITION, "Process_AccountRevocation", Permissions.READ,
                        Permissions.CREATE_INSTANCE);
            }
        }
        grant(Groups.APPLICANTS, Resources.PROCESS_DEFINITION, "Process_AccountRegistration",
                Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(Groups.APPLICANTS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        for (OrganizationFile.Agency a : file.agencies()) {
            if (a.kind() == AgencyKind.AGENCY) {
                String office = Groups.agencyOffice(a.code());
                for (String process : List.of("Process_AgencySubmission", "Process_AccountRecording",
                        "Process_AccountReview")) {
                    grant(office, Resources.PROCESS_DEFINITION, process, Permissions.READ, Permissions.CREATE_INSTANCE);
                }
                grant(office, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
            }
        }
        // the Tasklist names a task's process and its candidate groups only to those who may read them: every
        // process with tasks, and every group's name (who belongs to it stays guarded: IdentityQueries); one global
        // grant each, not one per group
        for (String process : PROCESSES_WITH_TASKS) {
            grantEveryone(Resources.PROCESS_DEFINITION, process, Permissions.READ);
        }
        grantEveryone(Resources.GROUP, "*", Permissions.READ);
        ensureFilter(FILTER_ALL, Messages.text("organization.filter.allName"), -10,
                Messages.text("organization.filter.allDescription"), filtersTaskQuery(false));
        ensureFilter(FILTER_MINE, Messages.text("organization.filter.mineName"), 0,
                Messages.text("organization.filter.mineDescription"), filtersTaskQuery(true));
    }

    /** The processes whose user tasks someone in a group works on (their names show in the Tasklist). */
    static final List<String> PROCESSES_WITH_TASKS = List.of("Process_AccountRegistration", "Process_AgencySubmission",
            "Process_AggregationBatch", "Process_AuthorizationLetter", "Process_AccountRevocation",
            "Process_AccountReview", "Process_AccountLifecycle", "Process_SourceChange");

    /** A person who left or moved: out of every group, so no task is routed to them by a post they had. */
    void retire(String username) {
        for (Group g : identity.createGroupQuery().groupMember(username).list()) {
            if (!Groups.ADMINS.equals(g.getId())) {
                identity.deleteMembership(username, g.getId());
            }
        }
    }

    /** A person back (a false alarm cancelled): in the groups of their roles again. */
    void restore(PersonInfo person) {
        for (Role role : person.roles()) {
            ensureMembership(person.username(), Groups.of(role, person.agencyCode(), person.unitCode()));
        }
    }

    private static List<String> groupsOf(Role role, OrganizationFile.Person p) {
        return List.of(Groups.of(role, p.agency(), p.unit()));
    }

    private TaskQuery filtersTaskQuery(boolean mineOnly) {
        TaskQuery query = tasks.createTaskQuery();
        return mineOnly ? query.taskAssigneeExpression("${currentUser()}") : query;
    }

    private void ensureFilter(String mark, String name, int priority, String description, TaskQuery query) {
        // found by its mark, or by its name (made before the mark); a reworded name or description is taken over
        Filter existing = filters.createFilterQuery().list().stream()
                .filter(f -> f.getProperties() != null && mark.equals(f.getProperties().get(FILTER_MARK))).findFirst()
                .orElseGet(() -> filters.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null));
        if (existing != null) {
            Map<String, Object> props = new LinkedHashMap<>(existing.getProperties() == null ? Map.of()
                    : existing.getProperties());
            if (!name.equals(existing.getName()) || !mark.equals(props.get(FILTER_MARK))
                    || !description.equals(props.get("description"))) {
                props.put(FILTER_MARK, mark);
                props.put("description", description);
                filters.saveFilter(existing.setName(name).setProperties(props));
            }
            return;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("priority", priority);
        props.put("description", description);
        props.put("refresh", true);
        props.put(FILTER_MARK, mark);
        Filter filter = filters.newTaskFilter(name).setOwner(null).setProperties(props).setQuery(query);
        filters.saveFilter(filter);
        Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        auth.setUserId(Authorization.ANY);
        auth.setResource(Resources.FILTER);
        auth.setResourceId(filter.getId());
        auth.addPermission(Permissions.READ);
        authorizations.saveAuthorization(auth);
    }

    private void ensureGroup(String id, String name) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
            group.setType("WORKFLOW");
        }
        if (!name.equals(group.getName())) {
            group.setName(name);
            identity.saveGroup(group);
        }
    }

    private void ensureUser(OrganizationFile.Person p) {
        // Vietnamese order: family and middle names first, given name last, shown as "first last".
        String fullName = java.text.Normalizer.normalize(p.fullName().strip(), java.text.Normalizer.Form.NFC);
        int cut = fullName.lastIndexOf(' ');
        String first = cut > 0 ? fullName.substring(0, cut) : fullName;
        String last = cut > 0 ? fullName.substring(cut + 1) : "";
        String email = p.email().toLowerCase();
        User user = identity.createUserQuery().userId(p.username()).singleResult();
        if (user == null) {
            user = identity.newUser(p.username());
            String initial = properties.initialPassword();
            user.setPassword(initial == null || initial.isBlank() ? UUID.randomUUID().toString() : initial);
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(email);
            // the installation's initial password (the demo's "demo"): checked by security.AdminAccount outside
            // the demo run; every later change follows the password policy
            commands.execute(new SaveUserCmd(user, true));
        } else if (!first.equals(user.getFirstName()) || !last.equals(user.getLastName())
                || !email.equals(user.getEmail())) {
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(email);
            identity.saveUser(user);
        }
    }

    private void ensureMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    private void grantEveryone(Resource resource, String resourceId, Permission permission) {
        boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).list().stream()
                .anyMatch(a -> a.isPermissionGranted(permission));
        if (!granted) {
            Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            auth.setUserId(Authorization.ANY);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
            auth.addPermission(permission);
            authorizations.saveAuthorization(auth);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        // an admin may have added grants of their own for the same resource: extend the first, never fail
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).list().stream()
                .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT).findFirst().orElse(null);
        Authorization auth = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            auth.setGroupId(groupId);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!auth.isPermissionGranted(permission)) {
                auth.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(auth);
        }
    }
}
