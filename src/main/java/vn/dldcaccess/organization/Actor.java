package vn.dldcaccess.organization;

import java.util.Objects;

/**
 * Who takes a step: a person of the organization file, the application's administrator, or the system itself
 * (timers, jobs, schedules). Built from the log-in (never from a process variable) by {@code security.Actors};
 * entities ask it whether it may take the step they are asked for.
 *
 * @param username the log-in, kept in every record of the step ("system" for the application)
 * @param person   the person as the organization file describes them; null for the administrator and the system
 * @param admin    a member of the administrators' group
 */
public record Actor(String username, PersonInfo person, boolean admin) {
    public static final String SYSTEM_NAME = "system";
    private static final Actor SYSTEM = new Actor(SYSTEM_NAME, null, false);

    public Actor {
        Objects.requireNonNull(username, "username");
    }

    public static Actor system() {
        return SYSTEM;
    }

    public static Actor person(PersonInfo person) {
        return new Actor(person.username(), person, false);
    }

    public boolean isSystem() {
        // by identity: a log-in that happens to be called "system" is not the application
        return this == SYSTEM;
    }

    public boolean is(String otherUsername) {
        return person != null && username.equals(otherUsername);
    }

    public boolean has(Role role) {
        return person != null && person.has(role);
    }

    public boolean isHeadOf(String unitCode) {
        return has(Role.UNIT_HEAD) && unitCode != null && unitCode.equals(person.unitCode());
    }

    public boolean isOfficeOf(String agencyCode) {
        return has(Role.AGENCY_OFFICE) && agencyCode != null && agencyCode.equals(person.agencyCode());
    }

    public boolean isDirectorOf(String agencyCode) {
        return has(Role.DIRECTOR) && agencyCode != null && agencyCode.equals(person.agencyCode());
    }

    /** The agency office's clerical steps: its own office, or the administrator standing in (recorded as such). */
    public boolean clerkOf(String agencyCode) {
        return isOfficeOf(agencyCode) || admin;
    }

    /** The aggregator's clerical steps: its staff, or the administrator standing in. */
    public boolean aggregatorClerk() {
        return has(Role.AGGREGATOR) || admin;
    }

    public String agencyCode() {
        return person == null ? null : person.agencyCode();
    }

    public String unitCode() {
        return person == null ? null : person.unitCode();
    }
}
