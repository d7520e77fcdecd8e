package vn.dldcaccess.tracking;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.authorization.AuthorizationLetters;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.RequestKind;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * "Hồ sơ của tôi": every request of a person's, whatever its kind (her form 1658, her giấy ủy quyền and those
 * naming her as delegate, the closing of her accounts), with its stage, what happens next and who holds it now.
 */
@Service
@Transactional(readOnly = true)
class MyRequests {
    /** A person has a handful of requests in a year; the page shows the latest ones. */
    static final int LIMIT = 200;

    private final RegisterQueries queries;
    private final AuthorizationLetters authorizations;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final OrganizationDirectory organization;
    private final TimerDates calendar;
    private final Clock clock;

    MyRequests(RegisterQueries queries, AuthorizationLetters authorizations, TaskService tasks,
               RepositoryService repository, IdentityService identity, OrganizationDirectory organization,
               TimerDates calendar, Clock clock) {
        this.queries = queries;
        this.authorizations = authorizations;
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
        this.organization = organization;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<Map<String, Object>> of(String username) {
        List<Long> delegateOf = authorizations.namingDelegate(username, LIMIT);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (RegisterRow r : queries.ofPerson(username, delegateOf, LIMIT)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", r.number());
            m.put("kind", r.kind().label());
            m.put("role", role(r, username));
            m.put("stage", r.stageLabel());
            m.put("open", r.open());
            m.put("openedOn", PdfDocuments.dmy(r.openedAt().atZone(calendar.zone()).toLocalDate()));
            m.put("deadline", r.open() ? PdfDocuments.dmy(r.deadline()) : "");
            m.put("overdue", r.overdue(today));
            m.put("closedOn", PdfDocuments.dmy(r.closedOn()));
            m.put("next", r.open() ? next(r.businessKey()) : List.of());
            m.put("link", r.kind() == RequestKind.REGISTRATION ? "/request.html?number=" + r.number() : "");
            out.add(m);
        }
        return out;
    }

    private static String role(RegisterRow r, String username) {
        boolean about = username.equals(r.personUsername());
        return switch (r.kind()) {
            case REGISTRATION -> "Người đăng ký";
            case AUTHORIZATION -> about ? "Người ủy quyền" : "Người được ủy quyền";
            case REVOCATION -> "Người nghỉ / chuyển";
            case REVIEW -> "Người có tài khoản được rà soát";
        };
    }

    /** The steps waiting now: the step as the model names it, and the person (or the group) who holds it. */
    private List<Map<String, String>> next(String businessKey) {
        if (businessKey == null) {
            return List.of();
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().orderByTaskCreateTime()
                .asc().listPage(0, 20)) {
            out.add(Map.of("step", stepName(t), "holder", holder(t)));
        }
        return out;
    }

    private String stepName(Task t) {
        FlowElement e = repository.getBpmnModelInstance(t.getProcessDefinitionId()).getModelElementById(
                t.getTaskDefinitionKey());
        return e != null && e.getName() != null ? e.getName() : t.getName();
    }

    private String holder(Task t) {
        if (t.getAssignee() != null) {
            return organization.person(t.getAssignee()).map(MyRequests::nameAndPosition).orElse(t.getAssignee());
        }
        List<IdentityLink> links = tasks.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
        List<String> groups = links.stream().map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
        if (groups.isEmpty()) {
            // the candidates by name (the unit's other heads for a head's own request)
            return links.stream().map(IdentityLink::getUserId).filter(java.util.Objects::nonNull)
                    .map(u -> organization.person(u).map(MyRequests::nameAndPosition).orElse(u))
                    .collect(Collectors.joining("; "));
        }
        Map<String, String> names = identity.createGroupQuery().groupIdIn(groups.toArray(String[]::new)).list()
                .stream().collect(Collectors.toMap(Group::getId, g -> g.getName() == null ? g.getId() : g.getName()));
        return groups.stream().map(g -> names.getOrDefault(g, g)).collect(Collectors.joining("; "));
    }

    static String nameAndPosition(PersonInfo p) {
        return p.position() == null || p.position().isBlank() ? p.fullName() : p.fullName() + " (" + p.position() + ")";
    }
}
