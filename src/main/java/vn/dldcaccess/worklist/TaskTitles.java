package vn.dldcaccess.worklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import vn.dldcaccess.shared.TaskSubject;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * On every user task's creation: its title gets the person and the request's number ("Lãnh đạo đơn vị xác nhận:
 * Nguyễn Thị Hường — SLĐTBXH-2026-000123"), so a list of them can be told apart; and a task meant for one person
 * (its one candidate group has one member: the director, a one-person office; or it names one candidate user: the
 * unit's other head) is given to that person, so there is nothing to claim. Never to a person the request is about
 * (issue 23): her own request's task waits for someone else.
 */
class TaskTitles implements TaskListener {
    private static final Logger log = LoggerFactory.getLogger(TaskTitles.class);
    /** ACT_RU_TASK.NAME_ */
    static final int MAX_NAME = 255;

    private final ObjectProvider<TaskSubject> subjects;

    TaskTitles(ObjectProvider<TaskSubject> subjects) {
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        subject(key).ifPresent(s -> task.setName(title(task.getName(), s)));
        if (task.getAssignee() == null) {
            onlyMember(task.getCandidates()).ifPresent(user -> {
                Set<String> about = people(key);
                if (about == null || about.contains(user)) {
                    log.info("Task {} ({}) left unassigned: {}, its one candidate, is (or may be) who the request is about",
                            task.getId(), task.getTaskDefinitionKey(), user);
                    return;
                }
                log.info("Task {} ({}) given to {}, its one candidate", task.getId(), task.getTaskDefinitionKey(), user);
                task.setAssignee(user);
            });
        }
    }

    /** Whom the request is about; unreadable, nobody is given the task rather than perhaps its subject. */
    private Set<String> people(String businessKey) {
        if (businessKey == null) {
            return Set.of();
        }
        try {
            Set<String> out = new java.util.HashSet<>();
            subjects.orderedStream().forEach(s -> out.addAll(s.peopleOf(businessKey)));
            return out;
        } catch (RuntimeException e) {
            log.warn("No people for business key {}: {}", businessKey, e.toString());
            return null;
        }
    }

    static String title(String name, String subject) {
        String base = name == null ? "" : name;
        String full = base.isEmpty() ? subject : base + ": " + subject;
        return full.length() <= MAX_NAME ? full : full.substring(0, MAX_NAME - 1) + "…";
    }

    /** A title is a help, never a reason for a step to fail: a subject that cannot be read leaves the plain name. */
    private Optional<String> subject(String businessKey) {
        if (businessKey == null) {
            return Optional.empty();
        }
        try {
            return subjects.orderedStream().map(s -> s.subjectOf(businessKey)).flatMap(Optional::stream).findFirst();
        } catch (RuntimeException e) {
            log.warn("No title subject for business key {}: {}", businessKey, e.toString());
            return Optional.empty();
        }
    }

    /**
     * The one candidate user, or the one member of the one candidate group, if it is so; read past the person's own
     * rights to see users.
     */
    private static Optional<String> onlyMember(Set<IdentityLink> candidates) {
        if (candidates.size() != 1) {
            return Optional.empty();
        }
        IdentityLink link = candidates.iterator().next();
        if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
            return Optional.empty();
        }
        if (link.getUserId() != null) {
            return Optional.of(link.getUserId());
        }
        if (link.getGroupId() == null) {
            return Optional.empty();
        }
        List<User> members = Context.getCommandContext().runWithoutAuthorization(() ->
                Context.getProcessEngineConfiguration().getIdentityService().createUserQuery()
                        .memberOfGroup(link.getGroupId()).listPage(0, 2));
        return members.size() == 1 ? Optional.of(members.get(0).getId()) : Optional.empty();
    }
}
