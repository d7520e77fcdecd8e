package vn.dldcaccess.tracking;

import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;

import java.util.List;
import java.util.Optional;

/**
 * Which agencies' requests a user may see in the register: the aggregator and admins every agency
 * ({@code agencies} empty, {@code all} true), an agency office its own ({@code own} of them, first) and those merged
 * into it; nobody else any.
 */
record RegisterScope(boolean all, List<String> agencies, int own) {
    private static final String OFFICE_PREFIX = Groups.agencyOffice("");

    /**
     * @param formerly the agencies merged into an agency (issue 22 part 2): its office sees what they did before,
     *                 after its own
     */
    static Optional<RegisterScope> of(AuthenticatedUser user, java.util.function.Function<String, List<String>> formerly) {
        if (user.inGroup(Groups.AGGREGATOR) || user.inGroup(Groups.ADMINS)) {
            return Optional.of(new RegisterScope(true, List.of(), 0));
        }
        List<String> offices = user.groupIds().stream().filter(g -> g.startsWith(OFFICE_PREFIX))
                .map(g -> g.substring(OFFICE_PREFIX.length())).sorted().toList();
        List<String> seen = new java.util.ArrayList<>(offices);
        offices.forEach(o -> formerly.apply(o).stream().filter(f -> !seen.contains(f)).forEach(seen::add));
        return offices.isEmpty() ? Optional.empty() : Optional.of(new RegisterScope(false, List.copyOf(seen), offices.size()));
    }

    /** The one agency whose office the user is (the agencies merged into it aside), or null. */
    String ownAgency() {
        return own == 1 ? agencies.get(0) : null;
    }

    boolean sees(String agencyCode) {
        return all || agencies.contains(agencyCode);
    }
}
