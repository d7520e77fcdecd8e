package vn.dldcaccess.leavers;

import vn.dldcaccess.organization.OrganizationSource.SourcePerson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The differences between the people the tables hold as being with us and a version of the source, each with its
 * day: no I/O, no clock of its own (today is given).
 */
final class SourceDiff {
    private SourceDiff() {
    }

    /** One difference: who, what, since when, from where to where. */
    record Change(SourceChangeKind kind, String username, LocalDate on, String oldAgency, String oldUnit,
                  String newAgency, String newUnit) {
        /** The key that makes it happen once, whichever node or check sees it. */
        String key() {
            return kind + ":" + username + ":" + on + (kind == SourceChangeKind.LEAVER ? "" : ":" + newAgency + "/"
                    + newUnit);
        }
    }

    /**
     * @param held    more than the share allowed would be removed at once: nothing is started, an administrator
     *                confirms
     * @param nextDue the earliest "left" day still to come (the check looks again that day, file unchanged or not)
     */
    record Result(List<Change> changes, int removed, int registered, boolean held, LocalDate nextDue) {
        List<Change> of(SourceChangeKind kind) {
            return changes.stream().filter(c -> c.kind() == kind).toList();
        }
    }

    /** Without mergers. */
    static Result between(Collection<SourcePerson> registered, Collection<SourcePerson> source, LocalDate today,
                          double maxRemovedShare) {
        return between(registered, source, Map.of(), today, maxRemovedShare);
    }

    /**
     * @param mergers agencies the source says became another (by code: what each became): a person whose agency
     *                became that one is no mover (their agency's merger moves them, accounts and all)
     */
    static Result between(Collection<SourcePerson> registered, Collection<SourcePerson> source,
                          Map<String, String> mergers, LocalDate today, double maxRemovedShare) {
        Map<String, SourcePerson> now = new LinkedHashMap<>();
        source.forEach(p -> now.put(p.username(), p));
        Map<String, SourcePerson> before = new LinkedHashMap<>();
        registered.forEach(p -> before.put(p.username(), p));
        List<Change> changes = new ArrayList<>();
        LocalDate nextDue = null;
        for (SourcePerson was : before.values()) {
            SourcePerson is = now.get(was.username());
            if (is == null) {
                changes.add(new Change(SourceChangeKind.LEAVER, was.username(), today, was.agencyCode(),
                        was.unitCode(), null, null));
            } else if (is.left() != null && !is.left().isAfter(today)) {
                changes.add(new Change(SourceChangeKind.LEAVER, was.username(), is.left(), was.agencyCode(),
                        was.unitCode(), null, null));
            } else if (!Objects.equals(is.agencyCode(), was.agencyCode())
                    && !Objects.equals(is.agencyCode(), mergers.get(was.agencyCode()))) {
                changes.add(new Change(SourceChangeKind.MOVER_AGENCY, was.username(), today, was.agencyCode(),
                        was.unitCode(), is.agencyCode(), is.unitCode()));
            } else if (!Objects.equals(is.unitCode(), was.unitCode())) {
                changes.add(new Change(SourceChangeKind.MOVER_UNIT, was.username(), today, was.agencyCode(),
                        was.unitCode(), is.agencyCode(), is.unitCode()));
            }
            if (is != null && is.left() != null && is.left().isAfter(today)
                    && (nextDue == null || is.left().isBefore(nextDue))) {
                nextDue = is.left();
            }
        }
        for (SourcePerson is : now.values()) {
            if (!before.containsKey(is.username()) && is.left() == null) {
                changes.add(new Change(SourceChangeKind.JOINER, is.username(), today, null, null, is.agencyCode(),
                        is.unitCode()));
            }
        }
        int removed = (int) changes.stream().filter(c -> c.kind() == SourceChangeKind.LEAVER).count();
        boolean held = !before.isEmpty() && removed > maxRemovedShare * before.size();
        return new Result(List.copyOf(changes), removed, before.size(), held, nextDue);
    }
}
