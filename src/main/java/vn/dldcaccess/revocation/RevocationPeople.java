package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;

import java.util.List;

/** The people a report speaks of by name, and its agency office, who hears of every step. */
@Component
class RevocationPeople {
    private final OrganizationDirectory organization;

    RevocationPeople(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** The person's full name (the log-in when the organization file no longer has her). */
    String name(String username) {
        return organization.person(username).map(PersonInfo::fullName).orElse(username);
    }

    List<PersonInfo> offices(Revocation r) {
        return organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null);
    }
}
