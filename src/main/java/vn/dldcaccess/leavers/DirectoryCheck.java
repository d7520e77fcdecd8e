package vn.dldcaccess.leavers;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationSource;
import vn.dldcaccess.organization.OrganizationSource.SourcePerson;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.dldcaccess.leavers.SourceChangeProcess.*;

/**
 * The directory as a source of leavers: each person the tables hold as being with us is looked up; gone or
 * disabled there, a leaver from today (recorded once, as for the file). A directory that does not answer
 * changes nothing; one that would remove too many at once waits for an administrator.
 */
@Service
class DirectoryCheck {
    private static final Logger log = LoggerFactory.getLogger(DirectoryCheck.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String LOCATION = "directory";

    private final OrganizationSource source;
    private final SourceEventRepository events;
    private final RuntimeService runtime;
    private final LeaversProperties properties;
    private final DirectorySourceProperties directory;
    private final DirectorySourceProperties.Connection ldap;
    private final Clock clock;

    DirectoryCheck(OrganizationSource source, SourceEventRepository events, RuntimeService runtime,
                   LeaversProperties properties, DirectorySourceProperties directory,
                   DirectorySourceProperties.Connection ldap, Clock clock) {
        this.source = source;
        this.events = events;
        this.runtime = runtime;
        this.properties = properties;
        this.directory = directory;
        this.ldap = ldap;
        this.clock = clock;
    }

    /** @param confirmed an administrator confirmed what was held: taken in whatever share it removes */
    @Transactional
    SourceCheck.Checked check(boolean confirmed) {
        if (!directory.enabled() || !ldap.set()) {
            return new SourceCheck.Checked(SourceCheck.Outcome.UNCHANGED, List.of(), List.of(), null);
        }
        LocalDate today = LocalDate.now(clock.withZone(VN));
        List<SourcePerson> registered = source.registered();
        List<SourcePerson> still = new ArrayList<>();
        try {
            InitialDirContext ctx = context();
            try {
                for (SourcePerson p : registered) {
                    if (active(ctx, p.username())) {
                        still.add(p);
                    }
                }
            } finally {
                ctx.close();
            }
        } catch (NamingException e) {
            String why = "Directory not read for leavers (" + e.getClass().getSimpleName() + "): nothing changed";
            log.warn(why, e);
            source.reportProblem(why);
            return new SourceCheck.Checked(SourceCheck.Outcome.UNREADABLE, List.of(), List.of(), why);
        }
        SourceDiff.Result diff = SourceDiff.between(registered, still, today, properties.maxRemovedShare());
        if (diff.changes().isEmpty()) {
            return new SourceCheck.Checked(SourceCheck.Outcome.UNCHANGED, List.of(), List.of(), null);
        }
        if (diff.held() && !confirmed) {
            String why = "Directory would remove " + diff.removed() + " of " + diff.registered()
                    + " people at once: waiting for an administrator's confirmation";
            log.warn(why);
            source.reportProblem(why);
            String hash = hash(diff);
            List<String> started = List.of();
            if (!events.existsByEventKey("HELD:" + hash)) {
                SourceEvent held = events.saveAndFlush(SourceEvent.held(hash, today, clock.instant()));
                started = List.of(start(held, Map.of(CHANGE_SUMMARY.name(), CHANGE_SUMMARY.stored(
                        SourceTexts.held(diff)), SOURCE_LOCATION.name(), LOCATION)));
            }
            return new SourceCheck.Checked(SourceCheck.Outcome.HELD, diff.changes(), started, why);
        }
        Map<String, LocalDate> leavers = new LinkedHashMap<>();
        List<SourceEvent> recorded = new ArrayList<>();
        for (SourceDiff.Change c : diff.of(SourceChangeKind.LEAVER)) {
            leavers.put(c.username(), c.on());
            if (!events.existsByEventKey(c.key())) {
                recorded.add(events.saveAndFlush(new SourceEvent(c, hash(diff), clock.instant())));
            }
        }
        source.markLeft(leavers);
        List<String> started = recorded.stream().map(e -> start(e, Map.of())).toList();
        log.info("Directory: {} leavers, {} processes started", leavers.size(), started.size());
        return new SourceCheck.Checked(SourceCheck.Outcome.TAKEN_IN, diff.changes(), started, null);
    }

    /** The entry is there and not disabled. */
    private boolean active(InitialDirContext ctx, String username) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[0]);
        controls.setCountLimit(2);
        // {0} is a filter argument: JNDI escapes it
        if (!found(ctx.search(ldap.base(), ldap.userFilter(), new Object[]{username}, controls))) {
            return false;
        }
        return !found(ctx.search(ldap.base(), "(&" + ldap.userFilter() + directory.disabledFilter() + ")",
                new Object[]{username}, controls));
    }

    private static boolean found(NamingEnumeration<SearchResult> results) throws NamingException {
        try {
            return results.hasMore();
        } finally {
            results.close();
        }
    }

    private InitialDirContext context() throws NamingException {
        return vn.dldcaccess.shared.LdapContexts.open(ldap.url(), ldap.managerDn(), ldap.managerPassword(), ldap.timeout());
    }

    private String start(SourceEvent e, Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>(more);
        vars.put(CHANGE_KIND.name(), e.kind().name());
        String key = businessKey(e.id());
        runtime.startProcessInstanceByKey(KEY, key, vars);
        return key;
    }

    /** What the directory says now, as a hash (the held version's key). */
    private static String hash(SourceDiff.Result diff) {
        try {
            String leavers = String.join(",", diff.of(SourceChangeKind.LEAVER).stream()
                    .map(c -> c.username() + "@" + c.on()).sorted().toList());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("directory:" + leavers).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
