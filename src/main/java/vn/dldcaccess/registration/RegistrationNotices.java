package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.UnitInfo;

import java.util.ArrayList;
import java.util.List;

/** Who is told of a request, and when: the unit heads' reminder, the office's escalation, the outcomes. */
@Component
@Transactional
class RegistrationNotices {
    private final RegistrationRepository registrations;
    private final RegistrationDeciders deciders;
    private final OrganizationDirectory organization;
    private final RegistrationMessages messages;
    private final Notifier notifier;

    RegistrationNotices(RegistrationRepository registrations, RegistrationDeciders deciders,
                        OrganizationDirectory organization, RegistrationMessages messages, Notifier notifier) {
        this.registrations = registrations;
        this.deciders = deciders;
        this.organization = organization;
        this.messages = messages;
        this.notifier = notifier;
    }

    /** Those who hold the confirmation: the unit's heads, but never the applicant (her own request's deciders). */
    void remindUnitHeads(String requestNumber) {
        Registration r = registrations.require(requestNumber);
        Deciders d = deciders.confirmers(r);
        List<PersonInfo> heads = d.officeStandsIn()
                ? organization.peopleWithRole(Role.AGENCY_OFFICE, d.standInOffice(), null)
                : organization.peopleWithRole(Role.UNIT_HEAD, r.agencyCode(), r.unitCode()).stream()
                .filter(p -> !d.subjects().contains(p.username())).toList();
        DocumentTexts.Message m = messages.remindUnitHead(r);
        notifier.notify(heads, m.subject(), m.body(), r.requestNumber());
    }

    void escalateToOffice(String requestNumber) {
        Registration r = registrations.require(requestNumber);
        String unitName = organization.unit(r.unitCode()).map(UnitInfo::name).orElse(r.unitCode());
        DocumentTexts.Message m = messages.overdueConfirmation(r, unitName);
        notifier.notify(organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null), m.subject(), m.body(),
                r.requestNumber());
    }

    /** The applicant, the unit heads of the unit and the agency office. */
    void notifyConcerned(Registration r, DocumentTexts.Message m) {
        List<PersonInfo> to = new ArrayList<>(organization.peopleWithRole(Role.UNIT_HEAD, r.agencyCode(), r.unitCode()));
        to.addAll(organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null));
        organization.person(r.applicantUsername()).ifPresent(to::add);
        notifier.notify(to, m.subject(), m.body(), r.requestNumber());
    }

    void notifyApplicantAndOffice(Registration r, DocumentTexts.Message m) {
        List<PersonInfo> to = new ArrayList<>(organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null));
        organization.person(r.applicantUsername()).ifPresent(to::add);
        notifier.notify(to, m.subject(), m.body(), r.requestNumber());
    }
}
