package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.Role;

import java.util.List;

/** Who acts on a request, from its own row: who confirms it, who provisions its account, whose it is (issue 23). */
@Component
@Transactional
class RegistrationDeciders {
    private final RegistrationRepository registrations;
    private final OrganizationDirectory organization;

    RegistrationDeciders(RegistrationRepository registrations, OrganizationDirectory organization) {
        this.registrations = registrations;
        this.organization = organization;
    }

    /**
     * Who confirms a request: the heads of its own unit (their group); for a head's own request the unit's other
     * heads, or the agency office when he is its only head (issue 23).
     */
    @Transactional(readOnly = true)
    Deciders confirmers(String requestNumber) {
        return confirmers(registrations.require(requestNumber));
    }

    /** The unit's heads' group (the model before issue 23 names it). */
    @Transactional(readOnly = true)
    String unitHeadGroup(String requestNumber) {
        return vn.dldcaccess.organization.Groups.unitHeads(registrations.require(requestNumber).unitCode());
    }

    Deciders confirmers(Registration r) {
        return organization.unitHeadsBut(r.unitCode(), r.agencyCode(), List.of(r.applicantUsername()));
    }

    /** Who provisions the account: the TTHC administrators, but never the applicant herself. */
    @Transactional(readOnly = true)
    Deciders provisioners(String requestNumber) {
        return organization.roleBut(Role.TTHC_ADMIN, null, List.of(registrations.require(requestNumber)
                .applicantUsername()));
    }

    /** Whose request it is: the correction and the notice of rejection go to her alone. */
    @Transactional(readOnly = true)
    String applicantOf(String requestNumber) {
        return registrations.require(requestNumber).applicantUsername();
    }
}
