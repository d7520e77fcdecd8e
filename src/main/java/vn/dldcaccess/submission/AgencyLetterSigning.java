package vn.dldcaccess.submission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentSigning;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;

/** The director's part: signs the letter (on the system or with their own token) or returns it to the office. */
@Service
@Transactional
class AgencyLetterSigning {
    /** The length the director's form shows for the comment. */
    static final int MAX_COMMENT = 1000;

    private final RegistrationService registrations;
    private final OrganizationDirectory organization;
    private final DocumentSigning signing;
    private final SubmissionMessages messages;
    private final AgencyLetterRecords records;
    private final AgencyLetterPdf letterPdf;
    private final Clock clock;

    AgencyLetterSigning(RegistrationService registrations, OrganizationDirectory organization, DocumentSigning signing,
                        SubmissionMessages messages, AgencyLetterRecords records, AgencyLetterPdf letterPdf,
                        Clock clock) {
        this.registrations = registrations;
        this.organization = organization;
        this.signing = signing;
        this.messages = messages;
        this.records = records;
        this.letterPdf = letterPdf;
        this.clock = clock;
    }

    enum DirectorDecision { SIGN, RETURN }

    DirectorDecision decide(String businessKey, String decisionText, String comment, Actor director,
                            String processInstanceId) {
        AgencyLetter letter = records.get(businessKey);
        DirectorDecision decision;
        try {
            decision = DirectorDecision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new SubmissionException("Unknown director decision " + decisionText,
                    Wording.of("submission.signing.decisionRequired"));
        }
        String reason;
        try {
            reason = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new SubmissionException("Director comment refused", Wording.of("submission.signing.commentInvalid", e.getMessage()));
        }
        Deciders signers = records.signers(letter);
        if (decision == DirectorDecision.RETURN) {
            if (reason == null) {
                throw new SubmissionException("Return without comment", Wording.of("submission.signing.commentRequired"));
            }
            Long upload = letter.signedUploadId();
            letter.returnToOffice(director, signers, reason);
            if (upload != null) {
                // the director's signed copy of a letter sent back is of no value any more
                signing.withdraw(upload);
            }
            return decision;
        }
        if (records.signsOwnCertificate(letter.agencyCode())) {
            // the letter the director signed with their own token is the document of record, as uploaded
            letter.signUploaded(director, signers, clock.instant());
            signing.issue(letter.documentId());
            return decision;
        }
        letter.sign(director, signers, clock.instant());
        AgencyInfo agency = organization.agency(letter.agencyCode()).orElseThrow();
        // The signed letter is the document of record: rendered again with the signer's name.
        letterPdf.render(letter, agency, registrations.summaries(letter.registrationIds()), true, processInstanceId);
        return decision;
    }

    /** What the signing page shows the director: the letter and the document to sign. */
    record ToSign(String summary, String documentUrl, boolean uploaded) {
    }

    @Transactional(readOnly = true)
    ToSign toSign(String businessKey, Actor director) {
        AgencyLetter letter = records.get(businessKey);
        if (!director.isDirectorOf(letter.agencyCode()) || !records.signsOwnCertificate(letter.agencyCode())
                || letter.status() != LetterStatus.PREPARED || records.signers(letter).isSubject(director)) {
            throw new SubmissionException("Letter " + businessKey + " not to be signed by " + director.username(),
                    Wording.of("submission.signing.nothingToSign"));
        }
        AgencyInfo agency = organization.agency(letter.agencyCode()).orElseThrow();
        return new ToSign(messages.letterToSign(letter, agency.name(), registrations.summaries(letter.registrationIds())),
                "/api/documents/" + letter.documentId(), letter.signedUploadId() != null);
    }

    /** The director's upload of the letter signed with their own token: checked, then kept until they sign. */
    void acceptSigned(String businessKey, byte[] upload, Actor director) {
        AgencyLetter letter = records.get(businessKey);
        toSign(businessKey, director);
        DocumentRef signed = signing.acceptSigned(letter.documentId(), upload, director.username(),
                "cong-van-" + letter.letterNumber().replace('/', '-') + "-da-ky-so.pdf", letter.letterNumber());
        letter.acceptSignedUpload(director, records.signers(letter), signed.id());
    }
}
