package vn.dldcaccess.organization;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Agencies merged or renamed (issue 22 part 2): the file says that agency A became B from a date. Taking that in
 * marks A as B's (its row stays: what it issued keeps its name and symbol), lets B's number series go on from A's
 * where B has none of its own that year, tells every feature to move A's open work to B ({@link AgencyMerged}, in
 * this transaction), and offers A's open tasks to B's office and directors. People move with the file (the loader);
 * a merger is taken in once, on or after its day.
 */
@Component
class AgencyMergers {
    private static final Logger log = LoggerFactory.getLogger(AgencyMergers.class);
    private final AgencyRepository agencies;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TaskService tasks;
    private final org.camunda.bpm.engine.IdentityService identity;

    AgencyMergers(AgencyRepository agencies, JdbcTemplate jdbc, ApplicationEventPublisher events, ProcessEngine engine) {
        this.agencies = agencies;
        this.jdbc = jdbc;
        this.events = events;
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
    }

    /** The file's mergers checked against its agencies and people: a wrong one refuses the file, saying why. */
    static void validate(OrganizationFile file, Set<String> agencyCodes) {
        Set<String> from = new HashSet<>();
        for (OrganizationFile.Merger m : file.mergersOrNone()) {
            if (m.from() == null || m.into() == null || m.on() == null) {
                throw new IllegalStateException("A merger needs from, into and on: " + m);
            }
            if (!agencyCodes.contains(m.into())) {
                throw new IllegalStateException("Merger of " + m.from() + " names unknown agency " + m.into());
            }
            if (agencyCodes.contains(m.from())) {
                throw new IllegalStateException("Agency " + m.from() + " merged into " + m.into()
                        + " is still listed among the agencies");
            }
            if (!from.add(m.from())) {
                throw new IllegalStateException("Agency " + m.from() + " is merged twice");
            }
            if (m.basis() != null && m.basis().length() > 200) {
                throw new IllegalStateException("Merger of " + m.from() + ": basis longer than 200 characters");
            }
            try {
                LocalDate.parse(m.on());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("Merger of " + m.from() + ": on is not a date (yyyy-mm-dd): " + m.on());
            }
        }
    }

    /** A file whose merger is dated after {@code today} describes an organization not yet in force: refused. */
    static void requireInForce(OrganizationFile file, LocalDate today) {
        for (OrganizationFile.Merger m : file.mergersOrNone()) {
            if (LocalDate.parse(m.on()).isAfter(today)) {
                throw new IllegalStateException("Merger of " + m.from() + " into " + m.into() + " takes effect on "
                        + m.on() + ": this file is taken in from that day");
            }
        }
    }

    /** The file's mergers the tables have not taken in yet (A known and not merged), by A. */
    Map<String, OrganizationFile.Merger> pending(OrganizationFile file) {
        Map<String, OrganizationFile.Merger> pending = new java.util.LinkedHashMap<>();
        for (OrganizationFile.Merger m : file.mergersOrNone()) {
            agencies.findById(m.from()).filter(a -> a.mergedInto() == null).ifPresent(a -> pending.put(m.from(), m));
        }
        return pending;
    }

    /** Takes a merger in (its agency {@code into} already loaded from the file). */
    void apply(OrganizationFile.Merger m) {
        AgencyEntity from = agencies.findById(m.from()).orElseThrow();
        AgencyEntity into = agencies.findById(m.into()).orElseThrow();
        LocalDate on = LocalDate.parse(m.on());
        String basis = m.basis() == null || m.basis().isBlank() ? null : m.basis().strip();
        from.mergeInto(m.into(), on, basis);
        agencies.flush();
        int series = continueSeries(m.from(), m.into(), on.getYear());
        events.publishEvent(new AgencyMerged(m.from(), from.toInfo().name(), m.into(), into.toInfo().name(), on, basis));
        int rerouted = reroute(Groups.agencyOffice(m.from()), Groups.agencyOffice(m.into()))
                + reroute(Groups.directors(m.from()), Groups.directors(m.into()));
        // A's office and directors are B's now (the engine's groups of B get them from the file): nobody is
        // left in A's groups, to which no work goes any more
        for (String group : List.of(Groups.agencyOffice(m.from()), Groups.directors(m.from()))) {
            identity.createUserQuery().memberOfGroup(group).list()
                    .forEach(u -> identity.deleteMembership(u.getId(), group));
        }
        log.info("Agency {} merged into {} from {}: {} number series continued, {} open tasks re-routed", m.from(),
                m.into(), on, series, rerouted);
    }

    /**
     * B's series of the merger's year and after go on from A's where B has none (a renamed agency keeps counting);
     * where B has its own, B's goes on. A's own rows stay, for what A numbered.
     */
    private int continueSeries(String from, String into, int fromYear) {
        // a few rows a year; matched here, not by LIKE, whose "_" would match any character of a code
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT series, seq_year, last_value FROM num_sequence "
                + "WHERE seq_year >= ?", fromYear);
        int continued = 0;
        for (Map<String, Object> row : rows) {
            String series = (String) row.get("series");
            if (!series.equals("request:" + from) && !series.startsWith("document:" + from + ":")) {
                continue;
            }
            String target = series.startsWith("request:") ? "request:" + into
                    : "document:" + into + series.substring(("document:" + from).length());
            int year = ((Number) row.get("seq_year")).intValue();
            Integer has = jdbc.queryForObject("SELECT COUNT(*) FROM num_sequence WHERE series = ? AND seq_year = ?",
                    Integer.class, target, year);
            if (has == null || has == 0) {
                jdbc.update("INSERT INTO num_sequence (series, seq_year, last_value) VALUES (?, ?, ?)", target, year,
                        ((Number) row.get("last_value")).longValue());
                continued++;
            }
        }
        return continued;
    }

    /** A's group's open tasks (claimed or not) offered to B's group instead. */
    private int reroute(String fromGroup, String intoGroup) {
        List<Task> open = tasks.createTaskQuery().taskCandidateGroup(fromGroup).includeAssignedTasks().list();
        for (Task t : open) {
            tasks.deleteCandidateGroup(t.getId(), fromGroup);
            tasks.addCandidateGroup(t.getId(), intoGroup);
        }
        return open.size();
    }
}
