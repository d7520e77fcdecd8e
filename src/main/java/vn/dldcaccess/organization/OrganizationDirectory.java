package vn.dldcaccess.organization;

import org.springframework.stereotype.Service;
import vn.dldcaccess.shared.Messages;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Read access to the organization for every other feature. The organization changes only when its file is
 * loaded, so it is served from an immutable snapshot taken then; the tables keep it for queries and reports.
 */
@Service
public class OrganizationDirectory {
    private volatile Snapshot snapshot;
    private volatile SigningRules signing = SigningRules.NONE;

    /** @param mergedInto agencies merged into another (issue 22 part 2), by code: what each became */
    private record Snapshot(ProvinceInfo province, Map<String, AgencyInfo> agencies, Map<String, UnitInfo> units,
                            Map<String, PersonInfo> people, Map<String, String> mergedInto) {
    }

    void replace(ProvinceInfo province, List<AgencyInfo> agencies, List<UnitInfo> units, List<PersonInfo> people,
                 Map<String, String> mergedInto) {
        snapshot = new Snapshot(province, index(agencies, AgencyInfo::code), index(units, UnitInfo::code),
                index(people, PersonInfo::username), Map.copyOf(mergedInto));
    }

    void replaceSigning(SigningRules rules) {
        signing = rules;
    }

    /** How each agency's documents are signed digitally, and whose certificate is whose. */
    public SigningRules signing() {
        return signing;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    /** Agencies and people known, or nothing before the organization file was first loaded. */
    Optional<int[]> loaded() {
        Snapshot s = snapshot;
        return s == null ? Optional.empty() : Optional.of(new int[]{s.agencies().size(), s.people().size()});
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            throw new IllegalStateException("Organization data not loaded yet");
        }
        return s;
    }

    public ProvinceInfo province() {
        return current().province();
    }

    public Optional<AgencyInfo> agency(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().agencies().get(code));
    }

    /**
     * The agencies there are today (one merged into another is not among them; {@link #agency} still names it, for
     * what it issued).
     */
    public List<AgencyInfo> allAgencies() {
        Snapshot s = current();
        return s.agencies().values().stream().filter(a -> !s.mergedInto().containsKey(a.code()))
                .sorted(Comparator.comparing(AgencyInfo::code)).toList();
    }

    public List<AgencyInfo> agencies(AgencyKind kind) {
        return allAgencies().stream().filter(a -> a.kind() == kind).toList();
    }

    /** The agencies merged into this one (issue 22 part 2), by code: their past is its office's to see. */
    public List<String> formerlyOf(String code) {
        return current().mergedInto().entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** What an agency merged into another became (issue 22 part 2); empty while it is an agency of its own. */
    public Optional<String> mergedInto(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().mergedInto().get(code));
    }

    /** The aggregator (Sở TT&TT today; whichever department holds the duty is data). */
    public AgencyInfo aggregator() {
        return agencies(AgencyKind.AGGREGATOR).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The organization data names no aggregator"));
    }

    public Optional<UnitInfo> unit(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(current().units().get(code));
    }

    /** The units of an agency, by code. */
    public List<UnitInfo> units(String agencyCode) {
        return current().units().values().stream().filter(u -> u.agencyCode().equals(agencyCode))
                .sorted(Comparator.comparing(UnitInfo::code)).toList();
    }

    public Optional<PersonInfo> person(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(current().people().get(username));
    }

    /** Who acted, as pages show it: the person's name, "Hệ thống (tự động)" for the application's own steps. */
    public String nameOf(String username) {
        if (Actor.SYSTEM_NAME.equals(username)) {
            return Messages.text("organization.actor.system");
        }
        return person(username).map(PersonInfo::fullName).orElse(username == null ? "" : username);
    }

    /** Everyone of an agency. */
    public List<PersonInfo> people(String agencyCode) {
        return current().people().values().stream().filter(p -> agencyCode.equals(p.agencyCode()))
                .sorted(Comparator.comparing(PersonInfo::username)).toList();
    }

    /** People holding a role; scoped roles (unit head, office, director) filtered by unit or agency. */
    public List<PersonInfo> peopleWithRole(Role role, String agencyCode, String unitCode) {
        return current().people().values().stream()
                .filter(p -> p.has(role))
                .filter(p -> agencyCode == null || agencyCode.equals(p.agencyCode()))
                .filter(p -> unitCode == null || unitCode.equals(p.unitCode()))
                .sorted(Comparator.comparing(PersonInfo::username))
                .toList();
    }

    /**
     * Who takes a unit's heads' decision on a request about {@code subjects} (issue 23): the heads' group when none
     * of them is a subject; the other heads by name when one is; the agency office when no head is left (or the
     * unit has none).
     */
    public Deciders unitHeadsBut(String unitCode, String agencyCode, Collection<String> subjects) {
        Set<String> about = nonNull(subjects);
        List<String> heads = unitCode == null ? List.of() : peopleWithRole(Role.UNIT_HEAD, null, unitCode).stream()
                .map(PersonInfo::username).toList();
        List<String> others = heads.stream().filter(h -> !about.contains(h)).toList();
        if (others.isEmpty()) {
            // the office stands in, itself never one the request is about
            Deciders office = roleBut(Role.AGENCY_OFFICE, agencyCode, about);
            return new Deciders(office.candidateGroups(), office.candidateUsers(), about, agencyCode, office.nobodyElse());
        }
        boolean named = others.size() != heads.size();
        return new Deciders(named ? List.of() : List.of(Groups.unitHeads(unitCode)), named ? others : List.of(), about,
                null, false);
    }

    /**
     * Who takes a role's step on a request about {@code subjects} (the director's or the leader's signature, the
     * TTHC administrators' provisioning, an office's closing): the role's group when none of them is a subject; its
     * other members by name when one is. When the subjects are its only members, the group all the same, marked
     * {@link Deciders#nobodyElse()}: the step is refused to them and waits for someone the organization file adds.
     */
    public Deciders roleBut(Role role, String agencyCode, Collection<String> subjects) {
        Set<String> about = nonNull(subjects);
        boolean scoped = role == Role.DIRECTOR || role == Role.AGENCY_OFFICE;
        List<String> members = peopleWithRole(role, scoped ? agencyCode : null, null).stream()
                .map(PersonInfo::username).toList();
        List<String> others = members.stream().filter(m -> !about.contains(m)).toList();
        String group = Groups.of(role, agencyCode, null);
        if (others.size() == members.size() || others.isEmpty()) {
            return new Deciders(List.of(group), List.of(), about, null, others.isEmpty() && !members.isEmpty());
        }
        return new Deciders(List.of(), others, about, null, false);
    }

    private static Set<String> nonNull(Collection<String> usernames) {
        return usernames.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** People in an engine group, as the organization file puts them there. */
    public List<PersonInfo> membersOf(String groupId) {
        return current().people().values().stream()
                .filter(p -> p.roles().stream().anyMatch(r -> Groups.of(r, p.agencyCode(), p.unitCode()).equals(groupId)))
                .sorted(Comparator.comparing(PersonInfo::username))
                .toList();
    }
}
