package vn.dldcaccess.tracking;

import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;

import java.util.List;
import java.util.Optional;

/**
 * Which agencies' requests a user may see in the register: the aggregator and admins every agency
 * ({@code agencies} empty, {@code all} true), an agency office its own; nobody else any.
 */
record RegisterScope(boolean all, List<String> agencies) {
    private static final String OFFICE_PREFIX = Groups.agencyOffice("");

    static Optional<RegisterScope> of(AuthenticatedUser user) {
        if (user.inGroup(Groups.AGGREGATOR) || user.inGroup(Groups.ADMINS)) {
            return Optional.of(new RegisterScope(true, List.of()));
        }
        List<String> offices = user.groupIds().stream().filter(g -> g.startsWith(OFFICE_PREFIX))
                .map(g -> g.substring(OFFICE_PREFIX.length())).sorted().toList();
        return offices.isEmpty() ? Optional.empty() : Optional.of(new RegisterScope(false, offices));
    }

    boolean sees(String agencyCode) {
        return all || agencies.contains(agencyCode);
    }
}
