package vn.dldcaccess.tracking;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
import vn.dldcaccess.shared.Messages;
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
 * naming her as delegate, the closing of her accounts) and what she started for others (a letter, a leaver
 * report, a review, an account's record), with its stage, what happens next and who holds it now, and the link
 * to its page.
 */
@Service
@Transactional(readOnly = true)
class MyRequests {
    /** A person has a handful of requests in a year; the page shows the latest ones. */
    static final int LIMIT = 200;

    private final RegisterQueries queries;
    private final AuthorizationLetters authorizations;
    private final TaskService tasks;
    private final HistoryService history;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final OrganizationDirectory organization;
    private final TimerDates calendar;
    private final Clock clock;

    MyRequests(RegisterQueries queries, AuthorizationLetters authorizations, TaskService tasks, HistoryService history,
               RepositoryService repository, IdentityService identity, OrganizationDirectory organization,
               TimerDates calendar, Clock clock) {
        this.queries = queries;
        this.authorizations = authorizations;
        this.tasks = tasks;
        this.history = history;
        this.repository = repository;
        this.identity = identity;
        this.organization = organization;
        this.calendar = calendar;
        this.clock = clock;
    }

    List<Map<String, Object>> of(String username) {
        List<Long> delegateOf = authorizations.namingDelegate(username, LIMIT);
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        List<Entry> entries = new ArrayList<>();
        java.util.Set<Long> listed = new java.util.HashSet<>();
        for (RegisterRow r : queries.ofPerson(username, delegateOf, LIMIT)) {
            listed.add(r.id());
            entries.add(new Entry(r.openedAt(), row(r, role(r, username), today)));
        }
        // what she started for others (the office's letter, leaver report, review, account recording)
        Map<String, HistoricProcessInstance> started = new LinkedHashMap<>();
        for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().startedBy(username)
                .processDefinitionKeyIn(STARTED_REQUESTS.toArray(String[]::new)).orderByProcessInstanceStartTime().desc()
                .listPage(0, LIMIT)) {
            if (p.getBusinessKey() != null) {
                started.putIfAbsent(p.getBusinessKey(), p);
            }
        }
        Map<String, List<RegisterRow>> inRegister = queries.ofBusinessKeys(started.keySet()).stream()
                .collect(Collectors.groupingBy(RegisterRow::businessKey, LinkedHashMap::new, Collectors.toList()));
        started.forEach((key, p) -> {
            List<RegisterRow> rows = inRegister.getOrDefault(key, List.of());
            if (rows.size() == 1 && !listed.contains(rows.get(0).id())) {
                entries.add(new Entry(rows.get(0).openedAt(), row(rows.get(0), startedRole(rows.get(0).kind()), today)));
            } else if (rows.isEmpty() || rows.size() > 1 && rows.stream().noneMatch(r -> listed.contains(r.id()))) {
                entries.add(new Entry(p.getStartTime().toInstant(), process(key, p, rows)));
            }
        });
        entries.sort(java.util.Comparator.comparing(Entry::openedAt).reversed());
        return entries.stream().limit(LIMIT).map(Entry::view).toList();
    }

    /** The processes a person starts for others: each is a request she follows (issue 21). */
    static final List<String> STARTED_REQUESTS = List.of("Process_AccountRegistration", "Process_AuthorizationLetter",
            "Process_AccountRevocation", "Process_AccountReview", "Process_AgencySubmission", "Process_AccountRecording",
            "Process_AggregationBatch");

    private record Entry(java.time.Instant openedAt, Map<String, Object> view) {
    }

    private Map<String, Object> row(RegisterRow r, String role, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("kind", r.kind().label());
        m.put("role", role);
        m.put("stage", r.stageLabel());
        m.put("open", r.open());
        m.put("openedOn", PdfDocuments.dmy(r.openedAt().atZone(calendar.zone()).toLocalDate()));
        m.put("deadline", r.open() ? PdfDocuments.dmy(r.deadline()) : "");
        m.put("overdue", r.overdue(today));
        m.put("closedOn", PdfDocuments.dmy(r.closedOn()));
        m.put("next", r.open() ? next(r.businessKey()) : List.of());
        m.put("link", link(r.number()));
        return m;
    }

    /** A letter, a batch, an account's record, a review campaign: its process as the engine has it. */
    private Map<String, Object> process(String key, HistoricProcessInstance p, List<RegisterRow> rows) {
        boolean open = rows.isEmpty() ? p.getEndTime() == null : rows.stream().anyMatch(RegisterRow::open);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", key);
        m.put("kind", rows.isEmpty() ? (p.getProcessDefinitionName() == null ? p.getProcessDefinitionKey()
                : p.getProcessDefinitionName()) : rows.get(0).kind().label());
        m.put("role", rows.isEmpty() ? Messages.text("tracking.role.starter") : startedRole(rows.get(0).kind()));
        m.put("stage", rows.isEmpty() ? Messages.text(open ? "tracking.stage.open" : "tracking.stage.ended")
                : Messages.text("tracking.stage.units", rows.size(), rows.stream().filter(r -> !r.open()).count()));
        m.put("open", open);
        m.put("openedOn", PdfDocuments.dmy(p.getStartTime().toInstant().atZone(calendar.zone()).toLocalDate()));
        m.put("deadline", open && !rows.isEmpty() ? PdfDocuments.dmy(rows.get(0).deadline()) : "");
        m.put("overdue", false);
        m.put("closedOn", open || p.getEndTime() == null ? ""
                : PdfDocuments.dmy(p.getEndTime().toInstant().atZone(calendar.zone()).toLocalDate()));
        m.put("next", open ? next(key) : List.of());
        m.put("link", link(key));
        return m;
    }

    static String link(String number) {
        return "/request.html?number=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String startedRole(RequestKind kind) {
        return switch (kind) {
            case REVOCATION -> Messages.text("tracking.role.reporter");
            case REVIEW -> Messages.text("tracking.role.reviewOpener");
            default -> Messages.text("tracking.role.starter");
        };
    }

    private static String role(RegisterRow r, String username) {
        boolean about = username.equals(r.personUsername());
        return switch (r.kind()) {
            case REGISTRATION -> Messages.text("tracking.role.applicant");
            case AUTHORIZATION -> Messages.text(about ? "tracking.role.holder" : "tracking.role.delegate");
            case REVOCATION -> Messages.text("tracking.role.leaver");
            case REVIEW -> Messages.text("tracking.role.reviewed");
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
