package vn.dldcaccess.submission;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentSigning;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.SigningMode;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.registration.RegistrationSummary;
import vn.dldcaccess.shared.Wording;

/**
 * Finds what the submission's services share: the letter a process step acts on, who signs it, and whether its
 * director signs with their own token. Callers bring the transaction.
 */
@Component
class AgencyLetterRecords {
    private final AgencyLetterRepository letters;
    private final RegistrationService registrations;
    private final OrganizationDirectory organization;
    private final DocumentSigning signing;

    AgencyLetterRecords(AgencyLetterRepository letters, RegistrationService registrations,
                        OrganizationDirectory organization, DocumentSigning signing) {
        this.letters = letters;
        this.registrations = registrations;
        this.organization = organization;
        this.signing = signing;
    }

    /** The letter a step of its process acts on, by the process's business key. */
    AgencyLetter get(String businessKey) {
        return letters.findById(AgencySubmissionProcess.letterId(businessKey))
                .filter(l -> l.businessKey().equals(businessKey))
                .orElseThrow(() -> new SubmissionException("No letter " + businessKey, Wording.of("submission.letter.notFound")));
    }

    /** Its agency's directors, or when it lists a director's own request, the agency's other directors (issue 23). */
    Deciders signers(AgencyLetter letter) {
        return organization.roleBut(Role.DIRECTOR, letter.agencyCode(), registrations.summaries(letter.registrationIds())
                .stream().map(RegistrationSummary::applicantUsername).toList());
    }

    boolean signsOwnCertificate(String agencyCode) {
        return signing.mode(agencyCode, DocumentKind.AGENCY_LETTER) == SigningMode.UPLOAD;
    }
}
