package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs and differences as the page and the report show them (labels in Vietnamese; values plain text). */
@Component
class ReconciliationViews {
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final ReconciliationRuns runs;
    private final DifferenceRepository differences;
    private final OrganizationDirectory organization;
    private final ReconciliationReport report;
    private final MailDirectory directory;

    ReconciliationViews(ReconciliationRuns runs, DifferenceRepository differences, OrganizationDirectory organization,
                        ReconciliationReport report, MailDirectory directory) {
        this.directory = directory;
        this.runs = runs;
        this.differences = differences;
        this.organization = organization;
        this.report = report;
    }

    /** The systems this person may reconcile (the page offers those only). */
    List<Map<String, String>> systemsFor(Actor actor) {
        List<Map<String, String>> out = new ArrayList<>();
        for (AccountSystem s : AccountSystem.values()) {
            if (s == AccountSystem.DLDC_TTHC ? Scope.mayAccess(actor, s, null)
                    : actor.admin() || Scope.mayAccess(actor, s, actor.agencyCode())) {
                out.add(Map.of("value", s.name(), "label", s.label()));
            }
        }
        return out;
    }

    /** Whether official e-mail can be read from the mail directory (the page then offers it). */
    boolean mailDirectory() {
        return directory.enabled();
    }

    Map<String, Object> summary(ReconciliationRun r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("ref", r.ref());
        m.put("system", r.system().label());
        m.put("agency", scope(r));
        m.put("fileName", r.fileName());
        m.put("runBy", organization.nameOf(r.runBy()));
        m.put("runAt", AT.format(r.runAt()));
        m.put("rows", r.fileRows());
        m.put("matched", r.matched());
        m.put("outOfScope", r.outOfScope());
        Map<String, Long> perKind = new LinkedHashMap<>();
        long open = 0;
        for (Object[] c : differences.countsOfRun(r.id())) {
            perKind.merge(((DifferenceKind) c[0]).label(), ((Number) c[2]).longValue(), Long::sum);
            if (c[1] == DifferenceStatus.OPEN) {
                open += ((Number) c[2]).longValue();
            }
        }
        m.put("perKind", perKind);
        m.put("open", open);
        m.put("report", "/api/reconciliation/runs/" + r.id() + "/report.xlsx");
        return m;
    }

    Map<String, Object> run(ReconciliationRun r, Actor actor) {
        Map<String, Object> m = summary(r);
        m.put("differences", runs.differencesOf(r).stream().map(d -> difference(d, actor)).toList());
        return m;
    }

    Map<String, Object> difference(Difference d, Actor actor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("kind", d.kind().name());
        m.put("kindLabel", d.kind().label());
        m.put("username", d.username());
        m.put("line", d.fileLine() == null ? "" : String.valueOf(d.fileLine()));
        m.put("systemStatus", d.systemStatus() == null ? none() : d.systemStatus().label());
        m.put("registerStatus", d.registerStatus() == null ? none() : d.registerStatus().label());
        m.put("holder", holder(d));
        m.put("detail", d.detail() == null ? "" : d.detail());
        m.put("status", d.status().name());
        m.put("statusLabel", d.status().label());
        m.put("resolution", d.resolution() == null ? "" : d.resolution());
        m.put("resolvedBy", d.resolvedBy() == null ? "" : organization.nameOf(d.resolvedBy()));
        m.put("actions", d.actions().stream().map(a -> Map.of("value", a.name(), "label", a.label())).toList());
        return m;
    }

    byte[] report(ReconciliationRun r) {
        Map<String, Object> s = summary(r);
        List<String> header = List.of(Messages.text("reconciliation.report.title", r.ref(), r.system().label()),
                Messages.text("reconciliation.report.scope", s.get("agency"), r.fileName(), s.get("runAt"),
                        s.get("runBy")),
                Messages.text("reconciliation.report.counts", r.fileRows(), r.matched(), r.outOfScope(),
                        s.get("open")));
        @SuppressWarnings("unchecked")
        Map<String, Long> perKind = (Map<String, Long>) s.get("perKind");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Difference d : runs.differencesOf(r)) {
            rows.add(List.of(String.valueOf(n++), d.kind().label(), d.username(),
                    d.fileLine() == null ? "" : String.valueOf(d.fileLine()),
                    d.systemStatus() == null ? none() : d.systemStatus().label(),
                    d.registerStatus() == null ? none() : d.registerStatus().label(), holder(d),
                    d.agencyCode() == null ? "" : d.agencyCode(), d.unitCode() == null ? "" : d.unitCode(),
                    d.detail() == null ? "" : d.detail(), d.status().label(),
                    d.resolvedBy() == null ? "" : organization.nameOf(d.resolvedBy()) + " " + AT.format(d.resolvedAt()),
                    d.resolution() == null ? "" : d.resolution()));
        }
        return report.xlsx(header, perKind, rows);
    }

    private String holder(Difference d) {
        if (d.holderUsername() != null) {
            return organization.nameOf(d.holderUsername()) + " (" + d.holderUsername() + ")";
        }
        String name = d.fileHolderName() == null ? "" : d.fileHolderName();
        String login = d.fileHolder() == null ? "" : " (" + d.fileHolder() + ")";
        return (name + login).strip();
    }

    private static String none() {
        return Messages.text("reconciliation.status.none");
    }

    private String scope(ReconciliationRun r) {
        return r.agencyCode() == null ? Messages.text("reconciliation.scope.province") : organization.agency(r.agencyCode()).map(AgencyInfo::name)
                .orElse(r.agencyCode());
    }
}
