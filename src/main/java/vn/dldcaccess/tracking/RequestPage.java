package vn.dldcaccess.tracking;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.authorization.AuthorizationLetters;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.DocumentAccess;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.shared.IdKey;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RequestKind;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /request.html: any request by its number or business key, whatever its kind (form 1658, UQ-…, TH-…, a review,
 * an agency letter CV-…, a batch DOT-…, an account's record TK-…), for those the access rules let see it: the
 * person it is about (and the delegate a giấy ủy quyền names), whoever started it, her unit's heads, her agency's
 * office, the aggregator and admins. Nobody else learns whether it exists.
 */
@Service
@Transactional(readOnly = true)
class RequestPage {
    /** The account a recording's (and its password schedule's) key names: lifecycle.AccountLifecycleProcess. */
    private static final IdKey ACCOUNT_KEY = new IdKey("TK");
    private static final DateTimeFormatter DMY_HM = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final RegisterQueries queries;
    private final Register register;
    private final EngineHistory engine;
    private final HistoryService history;
    private final AuthorizationLetters authorizations;
    private final AccountRegister accounts;
    private final DocumentAccess documents;
    private final TimerDates calendar;
    private final RequestPassages passages;

    private final OrganizationDirectory organization;

    RequestPage(RegisterQueries queries, Register register, EngineHistory engine, HistoryService history,
                AuthorizationLetters authorizations, AccountRegister accounts, DocumentAccess documents,
                TimerDates calendar, RequestPassages passages, OrganizationDirectory organization) {
        this.passages = passages;
        this.organization = organization;
        this.queries = queries;
        this.register = register;
        this.engine = engine;
        this.history = history;
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.documents = documents;
        this.calendar = calendar;
    }

    /** The page's content; empty when there is no such request or the user may not see it (the same answer). */
    Optional<Map<String, Object>> of(String number, AuthenticatedUser user) {
        List<RegisterRow> rows = queries.numbered(number).stream().filter(r -> mayRead(user, r)).toList();
        if (rows.size() == 1) {
            Map<String, Object> m = register.detail(rows.get(0), user);
            m.put("parts", List.of());
            m.put("documents", withProcessDocuments(castList(m.get("documents")), rows.get(0).businessKey(), user));
            return Optional.of(m);
        }
        if (rows.size() > 1) {
            // a review campaign: one request per unit
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", number);
            m.put("kind", rows.get(0).kind().label());
            m.put("parts", rows.stream().map(r -> register.row(r, register.today())).toList());
            return Optional.of(m);
        }
        return processOnly(number, user);
    }

    /** Whether the user may see a request of the register. */
    boolean mayRead(AuthenticatedUser user, RegisterRow r) {
        if (user.inGroup(Groups.ADMINS) || user.inGroup(Groups.AGGREGATOR) || user.id().equals(r.personUsername())
                || officeOf(user, r.agencyCode())
                || (r.unitCode() != null && !r.unitCode().isEmpty() && user.inGroup(Groups.unitHeads(r.unitCode())))) {
            return true;
        }
        if (r.kind() == RequestKind.AUTHORIZATION && authorizations.namingDelegate(user.id(), MyRequests.LIMIT)
                .contains(r.sourceId())) {
            return true;
        }
        return r.businessKey() != null && startedBy(r.businessKey(), user.id());
    }

    private boolean startedBy(String businessKey, String username) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .startedBy(username).count() > 0;
    }

    /** A letter, a batch, an account's record: the engine's history of it, for its starter and its agency's office. */
    private Optional<Map<String, Object>> processOnly(String key, AuthenticatedUser user) {
        List<HistoricProcessInstance> processes = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(key).orderByProcessInstanceStartTime().asc().list();
        if (processes.isEmpty() || !mayRead(user, key, processes)) {
            return Optional.empty();
        }
        HistoricProcessInstance first = processes.get(0);
        boolean open = processes.stream().anyMatch(p -> p.getEndTime() == null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", key);
        m.put("kind", first.getProcessDefinitionName() != null ? first.getProcessDefinitionName()
                : first.getProcessDefinitionKey());
        m.put("person", first.getStartUserId() == null ? "" : register.personName(first.getStartUserId()));
        m.put("stage", Messages.text(open ? "tracking.stage.open" : "tracking.stage.ended"));
        m.put("open", open);
        m.put("openedOn", PdfDocuments.dmy(first.getStartTime().toInstant().atZone(calendar.zone()).toLocalDate()));
        m.put("closedOn", open ? "" : processes.stream().map(HistoricProcessInstance::getEndTime)
                .max(Comparator.naturalOrder()).map(d -> PdfDocuments.dmy(d.toInstant().atZone(calendar.zone())
                        .toLocalDate())).orElse(""));
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (EngineHistory.Activity a : engine.of(key, assignee -> true)) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("at", DMY_HM.format(a.start().atZone(calendar.zone())));
            e.put("source", a.processName());
            e.put("step", a.name());
            e.put("actor", a.assignee() == null ? "" : register.personName(a.assignee()));
            e.put("endedAt", a.end() == null ? "" : DMY_HM.format(a.end().atZone(calendar.zone())));
            e.put("detail", a.end() == null ? Messages.text("tracking.timeline.waiting") : a.canceled()
                    ? Messages.text("tracking.timeline.canceled") : "");
            timeline.add(e);
        }
        m.put("timeline", timeline);
        m.put("documents", withProcessDocuments(List.of(), key, user));
        m.put("accounts", List.of());
        m.put("parts", List.of());
        return Optional.of(m);
    }

    private boolean mayRead(AuthenticatedUser user, String key, List<HistoricProcessInstance> processes) {
        if (user.inGroup(Groups.ADMINS) || user.inGroup(Groups.AGGREGATOR)
                || processes.stream().anyMatch(p -> user.id().equals(p.getStartUserId()))) {
            return true;
        }
        Optional<Long> account = ACCOUNT_KEY.find(key);
        if (account.isPresent()) {
            try {
                AccountView a = accounts.account(account.get());
                return user.id().equals(a.holderUsername()) || officeOf(user, a.agencyCode());
            } catch (RuntimeException e) {
                return false;
            }
        }
        // a letter: its agency's office and director, known from the letter's record the key names
        Optional<String> letterAgency = passages.agencyOfLetter(key);
        if (letterAgency.isPresent()) {
            String agency = letterAgency.get();
            return officeOf(user, agency) || user.inGroup(Groups.directors(agency))
                    || organization.mergedInto(agency).map(b -> user.inGroup(Groups.directors(b))).orElse(false);
        }
        return history.createHistoricVariableInstanceQuery().processInstanceIdIn(processes.stream()
                        .map(HistoricProcessInstance::getId).toArray(String[]::new)).variableName("agencyCode").list()
                .stream().map(HistoricVariableInstance::getValue).filter(String.class::isInstance)
                .anyMatch(code -> officeOf(user, (String) code));
    }

    /** The agency's office, or the office of what it merged into (issue 22 part 2): its past is theirs to see. */
    private boolean officeOf(AuthenticatedUser user, String agencyCode) {
        return user.inGroup(Groups.agencyOffice(agencyCode))
                || organization.mergedInto(agencyCode).map(b -> user.inGroup(Groups.agencyOffice(b))).orElse(false);
    }

    /** The register's documents of the request and what its processes stored besides (a letter, the batch's letter). */
    private List<Map<String, Object>> withProcessDocuments(List<Map<String, Object>> listed, String businessKey,
                                                           AuthenticatedUser user) {
        List<Map<String, Object>> out = new ArrayList<>(listed);
        if (businessKey == null) {
            return out;
        }
        java.util.Set<Object> seen = new java.util.HashSet<>();
        listed.forEach(d -> seen.add(d.get("id")));
        List<String> ids = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
                .stream().map(HistoricProcessInstance::getId).toList();
        documents.readableOf(user, ids).stream().filter(d -> !seen.contains(d.id())).forEach(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id());
            m.put("title", d.issued() ? d.fileName() : Messages.text("tracking.document.notIssued", d.fileName()));
            m.put("url", "/api/documents/" + d.id());
            m.put("addedAt", DMY_HM.format(d.createdAt().atZone(calendar.zone())));
            out.add(m);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castList(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
