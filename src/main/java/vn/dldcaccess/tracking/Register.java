package vn.dldcaccess.tracking;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.DocumentAccess;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RequestKind;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The agency office's register as its pages read it: the list, one request, the dashboard. */
@Service
@Transactional(readOnly = true)
class Register {
    private static final DateTimeFormatter DMY_HM = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final RegisterQueries queries;
    private final EngineHistory engine;
    private final AccountRegister accounts;
    private final DocumentAccess documents;
    private final OrganizationDirectory organization;
    private final TimerDates calendar;
    private final Clock clock;
    private final RequestPassages passages;

    Register(RegisterQueries queries, EngineHistory engine, AccountRegister accounts, DocumentAccess documents,
             OrganizationDirectory organization, TimerDates calendar, Clock clock, RequestPassages passages) {
        this.queries = queries;
        this.passages = passages;
        this.engine = engine;
        this.accounts = accounts;
        this.documents = documents;
        this.organization = organization;
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    RegisterQueries.Page page(RegisterScope scope, RegisterFilter filter) {
        return queries.page(scope, filter, today(), calendar.zone());
    }

    Map<String, Object> pageView(RegisterScope scope, RegisterFilter filter) {
        RegisterQueries.Page page = page(scope, filter);
        LocalDate today = today();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", page.total());
        m.put("page", filter.page());
        m.put("size", filter.size());
        m.put("rows", page.rows().stream().map(r -> row(r, today)).toList());
        return m;
    }

    /** The list's columns, in the words of the page and the exports. */
    Map<String, Object> row(RegisterRow r, LocalDate today) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("number", r.number());
        m.put("person", r.personName() == null ? "" : r.personName());
        m.put("citizenId", r.citizenId() == null ? "" : r.citizenId());
        m.put("agency", agencyName(r.agencyCode()));
        m.put("agencyCode", r.agencyCode());
        m.put("unit", unitName(r.unitCode()));
        m.put("unitCode", r.unitCode());
        m.put("kind", r.kind().label());
        m.put("kindCode", r.kind().name());
        m.put("stage", r.stageLabel());
        m.put("stageCode", r.stage());
        m.put("open", r.open());
        m.put("openedOn", PdfDocuments.dmy(r.openedAt().atZone(calendar.zone()).toLocalDate()));
        m.put("daysAtStage", r.daysAtStage(today, calendar.zone()));
        m.put("deadline", PdfDocuments.dmy(r.deadline()));
        m.put("daysLeft", r.daysLeft(today));
        m.put("overdue", r.overdue(today));
        m.put("closedOn", PdfDocuments.dmy(r.closedOn()));
        m.put("onTime", r.onTime());
        return m;
    }

    Optional<RegisterRow> request(long id) {
        return queries.request(id);
    }

    /**
     * The request, its timeline (the application's records and the engine's history, in time order), the
     * documents the user may read, its accounts.
     */
    Map<String, Object> detail(RegisterRow r, AuthenticatedUser user) {
        Map<String, Object> m = new LinkedHashMap<>(row(r, today()));
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (RegisterQueries.Step s : queries.steps(r.id())) {
            timeline.add(entry(s.at(), Messages.text("tracking.timeline.request"), s.stageLabel(), s.detail(), s.actor(), null));
        }
        String unit = r.unitCode();
        for (EngineHistory.Activity a : engine.of(r.businessKey(), assignee -> r.kind() != RequestKind.REVIEW
                || (assignee != null && organization.person(assignee).map(p -> unit.equals(p.unitCode())).orElse(false)))) {
            String detail = a.end() == null ? Messages.text("tracking.timeline.waiting") : a.canceled()
                    ? Messages.text("tracking.timeline.canceled") : null;
            timeline.add(entry(a.start(), a.processName(), a.name(), detail, a.assignee(), a.end()));
        }
        timeline.sort(Comparator.comparing(e -> (Instant) e.get("instant")));
        timeline.forEach(e -> e.remove("instant"));
        m.put("timeline", timeline);
        // the letter and the batch a registration went into, each opening its own page
        m.put("passages", passages.shown(r));
        m.put("documents", queries.documents(r.id()).stream().filter(d -> documents.mayRead(user, d.id()))
                .map(d -> Map.of("id", d.id(), "title", d.title(),
                "url", "/api/documents/" + d.id(), "addedAt", DMY_HM.format(d.addedAt().atZone(calendar.zone())))).toList());
        List<AccountView> found = r.kind() == RequestKind.REVIEW
                ? accounts.accountsOfUnit(unit)
                : r.personUsername() == null ? List.of() : accounts.accountsOf(r.personUsername());
        m.put("accounts", found.stream().map(a -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("system", a.system().label());
            v.put("username", a.username());
            v.put("holder", a.holderName());
            v.put("grantedOn", PdfDocuments.dmy(a.grantedOn()));
            v.put("status", a.status().label());
            // a closed account has no password to change any more (as on the accounts page)
            boolean closed = a.status() == vn.dldcaccess.account.AccountStatus.CLOSED;
            v.put("passwordDueOn", closed ? "" : PdfDocuments.dmy(a.passwordDueOn()));
            v.put("passwordOverdue", !closed && a.passwordOverdue());
            return v;
        }).toList());
        return m;
    }

    private Map<String, Object> entry(Instant at, String source, String what, String detail, String actor, Instant end) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("instant", at);
        e.put("at", DMY_HM.format(at.atZone(calendar.zone())));
        e.put("source", source);
        e.put("step", what);
        e.put("detail", detail == null ? "" : detail);
        e.put("actor", actor == null ? "" : personName(actor));
        e.put("endedAt", end == null ? "" : DMY_HM.format(end.atZone(calendar.zone())));
        return e;
    }

    /**
     * Per agency (or per unit of one agency): requests per stage, overdue, mean days spent in each stage left,
     * password changes on time, reviews done, closures within the deadline. Read from the running counts and
     * the overdue range, never by counting the register's rows.
     */
    Map<String, Object> dashboard(RegisterScope scope, String agency, String unit) {
        LocalDate today = today();
        Map<String, Map<String, Object>> groups = new TreeMap<>();
        Map<String, Map<String, Object>> stages = new LinkedHashMap<>();
        for (RegisterQueries.Stat st : queries.stats(scope, agency, unit)) {
            Map<String, Object> g = groups.computeIfAbsent(st.group(), k -> newGroup(k, agency));
            String m = st.measure();
            if (m.equals(RequestProjection.PASSWORD_ON_TIME)) {
                add(g, "passwordOnTime", st.n());
            } else if (m.equals(RequestProjection.PASSWORD_LATE)) {
                add(g, "passwordLate", st.n());
            } else if (m.startsWith(RequestProjection.OPEN)) {
                add(g, "open", st.n());
                if (m.endsWith(RequestKind.REVOCATION.name())) {
                    add(g, "closuresPending", st.n());
                }
            } else if (m.startsWith(RequestProjection.DONE_ON_TIME) && m.endsWith(RequestKind.REVOCATION.name())) {
                add(g, "closuresOnTime", st.n());
            } else if (m.startsWith(RequestProjection.DONE_LATE) && m.endsWith(RequestKind.REVOCATION.name())) {
                add(g, "closuresLate", st.n());
            } else if (m.startsWith("AT:")) {
                String stageKey = m.substring("AT:".length());
                add(g, "requests", st.n());
                @SuppressWarnings("unchecked")
                Map<String, Long> byStage = (Map<String, Long>) g.get("byStage");
                byStage.merge(stageKey, st.n(), Long::sum);
                if (stageKey.startsWith(RequestKind.REVIEW.name() + ":")) {
                    add(g, "reviews", st.n());
                    if (stageKey.endsWith(":" + vn.dldcaccess.review.UnitReviewStage.DONE.name())) {
                        add(g, "reviewsDone", st.n());
                    }
                }
                add(stage(stages, stageKey), "count", st.n());
            } else if (m.startsWith("STAGE:")) {
                Map<String, Object> s = stage(stages, m.substring("STAGE:".length()));
                add(s, "left", st.n());
                add(s, "secondsLeft", st.totalSeconds());
            }
        }
        for (RegisterQueries.Overdue o : queries.overdue(scope, agency, unit, today)) {
            add(groups.computeIfAbsent(o.group(), k -> newGroup(k, agency)), "overdue", o.count());
            add(stage(stages, o.kind().name() + ":" + o.stage()), "overdue", o.count());
        }
        for (Map<String, Object> s : stages.values()) {
            long left = (long) s.get("left");
            long seconds = (long) s.remove("secondsLeft");
            s.put("meanDays", left == 0 ? null : Math.round(seconds / 86400.0 / left * 10) / 10.0);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("groupedBy", agency == null ? "agency" : "unit");
        m.put("agency", agency == null ? "" : agencyName(agency));
        m.put("unit", unit == null ? "" : unitName(unit));
        m.put("today", PdfDocuments.dmy(today));
        m.put("groups", new ArrayList<>(groups.values()));
        m.put("stages", stages.values().stream().filter(s -> (long) s.get("count") > 0 || (long) s.get("left") > 0)
                .sorted(Comparator.comparing((Map<String, Object> s) -> (Integer) s.get("order"))).toList());
        return m;
    }

    /** A stage's line of the dashboard, in the order of StageLabels (each kind's stages as its process goes). */
    private static Map<String, Object> stage(Map<String, Map<String, Object>> stages, String stageKey) {
        return stages.computeIfAbsent(stageKey, k -> {
            String[] kindAndStage = k.split(":", 2);
            RequestKind kind = RequestKind.valueOf(kindAndStage[0]);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("kindCode", kind.name());
            s.put("kind", kind.label());
            s.put("stageCode", kindAndStage[1]);
            s.put("stage", StageLabels.label(kind, kindAndStage[1]));
            s.put("order", StageLabels.order(kind, kindAndStage[1]));
            s.put("count", 0L);
            s.put("overdue", 0L);
            s.put("left", 0L);
            s.put("secondsLeft", 0L);
            return s;
        });
    }

    private Map<String, Object> newGroup(String code, String agency) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("code", code);
        g.put("name", agency == null ? agencyName(code) : code == null || code.isEmpty() ? Messages.text("tracking.dashboard.noUnit") : unitName(code));
        for (String k : List.of("requests", "open", "overdue", "reviews", "reviewsDone", "closuresOnTime", "closuresLate",
                "closuresPending", "passwordOnTime", "passwordLate")) {
            g.put(k, 0L);
        }
        g.put("byStage", new TreeMap<String, Long>());
        return g;
    }

    private static void add(Map<String, Object> m, String key, long n) {
        m.merge(key, n, (a, b) -> (long) a + (long) b);
    }

    /** The filters' choices: the agencies the user sees, their units, the kinds and the stages seen so far. */
    Map<String, Object> options(RegisterScope scope) {
        List<Map<String, String>> agencies = new ArrayList<>();
        List<Map<String, String>> units = new ArrayList<>();
        for (AgencyKind kind : AgencyKind.values()) {
            for (AgencyInfo a : organization.agencies(kind)) {
                if (scope.sees(a.code())) {
                    agencies.add(Map.of("code", a.code(), "name", a.name()));
                    organization.units(a.code()).forEach(u -> units.add(Map.of("code", u.code(), "name", u.name(),
                            "agency", a.code())));
                }
            }
        }
        List<Map<String, String>> kinds = java.util.Arrays.stream(RequestKind.values())
                .map(k -> Map.of("code", k.name(), "name", k.label())).toList();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencies", agencies);
        m.put("units", units);
        m.put("kinds", kinds);
        m.put("stages", StageLabels.ALL);
        return m;
    }

    Optional<String> agencyOfUnit(String unitCode) {
        return organization.unit(unitCode).map(UnitInfo::agencyCode);
    }

    String agencyName(String code) {
        return organization.agency(code).map(AgencyInfo::name).orElse(code);
    }

    String unitName(String code) {
        return code == null || code.isEmpty() ? "" : organization.unit(code).map(UnitInfo::name).orElse(code);
    }

    String personName(String username) {
        return organization.nameOf(username);
    }
}
