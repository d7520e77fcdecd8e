package vn.dldcaccess.submission;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;

/** An agency letter's tasks: the agency, the letter's key and how many forms it carries once prepared. */
@Component
class SubmissionTaskSubject implements TaskSubject {
    private final AgencyLetterRepository letters;
    private final OrganizationDirectory organization;

    SubmissionTaskSubject(AgencyLetterRepository letters, OrganizationDirectory organization) {
        this.letters = letters;
        this.organization = organization;
    }

    @Override
    public Optional<String> subjectOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("CV-")) {
            return Optional.empty();
        }
        return letters.findById(AgencySubmissionProcess.letterId(businessKey))
                .filter(l -> l.businessKey().equals(businessKey))
                .map(l -> organization.agency(l.agencyCode()).map(AgencyInfo::name).orElse(l.agencyCode())
                        + DASH + businessKey + (l.registrationIds().isEmpty() ? ""
                        : " (" + l.registrationIds().size() + " phiếu)"));
    }
}
