package vn.dldcaccess.organization;

import java.util.List;
import java.util.Set;

/**
 * Who may take a decision on a request, never one of the people it is about (issue 23: nobody confirms, approves,
 * signs, provisions or closes their own request). Built by {@link OrganizationDirectory} from the organization file;
 * the routing beans give a task {@link #candidateGroups()} and {@link #candidateUsers()}, the entities ask
 * {@link #isSubject} (and, for a unit's decisions, {@link #mayDecideForUnit}).
 *
 * @param candidateGroups the group when none of the subjects is in it (so a head added later sees the task too)
 * @param candidateUsers  the group's other members by name, when a subject is one of them
 * @param subjects        the log-ins the request is about (its applicant, holder, delegate)
 * @param standInOffice   the agency whose office decides because none of the unit's heads is left; else null
 * @param nobodyElse      the group holds nobody but subjects (and there is no office to stand in)
 */
public record Deciders(List<String> candidateGroups, List<String> candidateUsers, Set<String> subjects,
                       String standInOffice, boolean nobodyElse) {

    public Deciders {
        candidateGroups = List.copyOf(candidateGroups);
        candidateUsers = List.copyOf(candidateUsers);
        subjects = Set.copyOf(subjects);
    }

    /** Whether this person is one the request is about (the administrator and the system never are). */
    public boolean isSubject(Actor actor) {
        return actor.person() != null && subjects.contains(actor.username());
    }

    /** Whether the agency office decides, the unit having no head left who is not a subject. */
    public boolean officeStandsIn() {
        return standInOffice != null;
    }

    /**
     * A decision the unit's heads take (confirm a form 1658, approve a giấy ủy quyền, review accounts): a head of
     * the unit who is not a subject; the agency office only when no such head exists.
     */
    public boolean mayDecideForUnit(Actor actor, String unitCode) {
        if (isSubject(actor)) {
            return false;
        }
        return officeStandsIn() ? actor.isOfficeOf(standInOffice) : actor.isHeadOf(unitCode);
    }
}
