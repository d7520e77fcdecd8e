package vn.dldcaccess.submission;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.registration.RegistrationSummary;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** An agency letter's tasks: the agency, the letter's key and how many forms it carries once prepared. */
@Component
class SubmissionTaskSubject implements TaskSubject {
    private final AgencyLetterRepository letters;
    private final OrganizationDirectory organization;
    private final RegistrationService registrations;

    SubmissionTaskSubject(AgencyLetterRepository letters, OrganizationDirectory organization,
                          RegistrationService registrations) {
        this.letters = letters;
        this.organization = organization;
        this.registrations = registrations;
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
                        : " " + Messages.text("submission.subject.forms", l.registrationIds().size())));
    }

    /** Everyone whose form 1658 the letter lists. */
    @Override
    public Set<String> peopleOf(String businessKey) {
        if (businessKey == null || !businessKey.startsWith("CV-")) {
            return Set.of();
        }
        return letters.findById(AgencySubmissionProcess.letterId(businessKey))
                .filter(l -> l.businessKey().equals(businessKey))
                .map(l -> registrations.summaries(l.registrationIds()).stream()
                        .map(RegistrationSummary::applicantUsername).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
