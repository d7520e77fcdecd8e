package vn.dldcaccess.leavers;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationSource;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static vn.dldcaccess.leavers.SourceChangeProcess.*;

/**
 * Checks the organization file: unchanged (its modification time, then its hash against the last version taken
 * in) costs nothing; a file that does not parse changes nothing and says why; otherwise each leaver and mover is
 * recorded once (a unique key) and starts Process_SourceChange, and the version is taken in. A version that would
 * remove too many people at once is held for an administrator.
 */
@Service
class SourceCheck {
    private static final Logger log = LoggerFactory.getLogger(SourceCheck.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String FILE = "file";

    private final OrganizationSource source;
    private final SourceEventRepository events;
    private final SourceStateRepository states;
    private final RuntimeService runtime;
    private final LeaversProperties properties;
    private final Clock clock;
    /** Per resource, the modification time last looked at, and the next "left" day to come. */
    private final Map<String, String> seen = new ConcurrentHashMap<>();
    private volatile LocalDate nextDue;

    SourceCheck(OrganizationSource source, SourceEventRepository events, SourceStateRepository states,
                RuntimeService runtime, LeaversProperties properties, Clock clock) {
        this.source = source;
        this.events = events;
        this.states = states;
        this.runtime = runtime;
        this.properties = properties;
        this.clock = clock;
    }

    enum Outcome { UNCHANGED, TAKEN_IN, HELD, UNREADABLE }

    record Checked(Outcome outcome, List<SourceDiff.Change> changes, List<String> started, String reason) {
    }

    /** The configured file (the schedule's check). */
    @Transactional
    Checked checkConfigured() {
        return check(source.configuredFile(), false);
    }

    /**
     * @param confirmed an administrator confirmed this version (a held one): taken in whatever share it removes
     */
    @Transactional
    Checked check(Resource resource, boolean confirmed) {
        LocalDate today = LocalDate.now(clock.withZone(VN));
        String stamp = stamp(resource);
        String where = resource.getDescription();
        boolean due = nextDue != null && !nextDue.isAfter(today);
        if (!confirmed && !due && stamp != null && stamp.equals(seen.get(where))) {
            return new Checked(Outcome.UNCHANGED, List.of(), List.of(), null);
        }
        if (stamp != null) {
            seen.put(where, stamp);
        }
        SourceState state = states.findById(FILE).orElseGet(() -> states.save(new SourceState(FILE, clock.instant())));
        OrganizationSource.Snapshot snapshot;
        try {
            snapshot = source.read(resource);
            LocalDate inForce = source.inForceFrom(snapshot);
            if (inForce != null && inForce.isAfter(today)) {
                // a file put in place ahead of its merger's day: looked at again that day, unchanged or not
                nextDue = inForce;
            }
            source.requireInForce(snapshot, today);
        } catch (OrganizationSource.Unreadable e) {
            log.warn("{}; the organization stays as it was", e.getMessage());
            source.reportProblem(e.getMessage());
            state.notTakenIn(e.getMessage(), clock.instant());
            return new Checked(Outcome.UNREADABLE, List.of(), List.of(), e.getMessage());
        }
        if (!confirmed && !due && snapshot.hash().equals(state.sourceHash())) {
            return new Checked(Outcome.UNCHANGED, List.of(), List.of(), null);
        }
        SourceDiff.Result diff = SourceDiff.between(source.registered(), snapshot.people(), snapshot.mergers(), today,
                properties.maxRemovedShare());
        nextDue = diff.nextDue();
        if (diff.held() && !confirmed) {
            String why = "Organization file would remove " + diff.removed() + " of " + diff.registered()
                    + " people at once (more than " + Math.round(properties.maxRemovedShare() * 100)
                    + " %): waiting for an administrator's confirmation";
            log.warn(why);
            source.reportProblem(why);
            state.notTakenIn(why, clock.instant());
            List<String> started = List.of();
            if (!events.existsByEventKey("HELD:" + snapshot.hash())) {
                SourceEvent held = events.saveAndFlush(SourceEvent.held(snapshot.hash(), today, clock.instant()));
                started = List.of(start(held, Map.of(CHANGE_SUMMARY.name(), CHANGE_SUMMARY.stored(
                        SourceTexts.held(diff)), SOURCE_LOCATION.name(), location(resource))));
            }
            return new Checked(Outcome.HELD, diff.changes(), started, why);
        }
        Set<String> moves = new HashSet<>();
        Map<String, LocalDate> leavers = new HashMap<>();
        List<SourceEvent> recorded = new java.util.ArrayList<>();
        for (SourceDiff.Change c : diff.changes()) {
            switch (c.kind()) {
                case LEAVER -> leavers.put(c.username(), c.on());
                case MOVER_AGENCY, MOVER_UNIT -> moves.add(c.username());
                default -> {
                    continue;
                }
            }
            if (!events.existsByEventKey(c.key())) {
                // two nodes at once: the second one's insert fails on the unique key, its check rolls back whole
                recorded.add(events.saveAndFlush(new SourceEvent(c, snapshot.hash(), clock.instant())));
            }
        }
        source.apply(snapshot, moves, leavers);
        List<String> started = recorded.stream().map(e -> start(e, Map.of())).toList();
        state.takenIn(snapshot.hash(), clock.instant());
        log.info("Organization file taken in: {} leavers, {} movers, {} new; {} processes started", leavers.size(),
                moves.size(), diff.of(SourceChangeKind.JOINER).size(), started.size());
        return new Checked(Outcome.TAKEN_IN, diff.changes(), started, null);
    }

    private String start(SourceEvent e, Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>(more);
        vars.put(CHANGE_KIND.name(), e.kind().name());
        String key = businessKey(e.id());
        runtime.startProcessInstanceByKey(KEY, key, vars);
        return key;
    }

    private static String location(Resource resource) {
        try {
            return resource.getURI().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    /** The file's modification time and length (null: not a file whose time is known; the hash decides). */
    private static String stamp(Resource resource) {
        try {
            long modified = resource.lastModified();
            return modified <= 0 ? null : modified + ":" + resource.contentLength();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
