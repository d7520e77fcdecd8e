package vn.dldcaccess.submission;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One agency's letter to the aggregator; the list is fixed when prepared and final when signed. */
@Entity
@Table(name = "sub_agency_letter")
class AgencyLetter {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agency_code")
    private String agencyCode;
    /** The agency in its business key when it moved to another (issue 22 part 2); null: its own agency. */
    @Column(name = "key_agency")
    private String keyAgency;
    @Enumerated(EnumType.STRING)
    private LetterStatus status;
    @Column(name = "letter_number")
    private String letterNumber;
    @Column(name = "letter_date")
    private LocalDate letterDate;
    @Column(name = "prepared_by")
    private String preparedBy;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "director_comment")
    private String directorComment;
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "signed_upload_id")
    private Long signedUploadId;
    @Column(name = "signed_upload_by")
    private String signedUploadBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private int version;
    @ElementCollection
    @CollectionTable(name = "sub_letter_item", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "position_no")
    @Column(name = "registration_id")
    private List<Long> registrationIds = new ArrayList<>();

    protected AgencyLetter() {
    }

    /** Opened by the agency's own office (or the administrator standing in), or by the schedule. */
    AgencyLetter(String agencyCode, Actor opener, Instant createdAt) {
        if (!opener.isSystem() && !opener.clerkOf(agencyCode)) {
            throw new SubmissionException(opener.username() + " may not open a letter of " + agencyCode,
                    Wording.of("submission.letter.officeOfAgencyOnly"));
        }
        this.agencyCode = agencyCode;
        this.status = LetterStatus.DRAFT;
        this.createdAt = createdAt;
    }

    void prepare(String number, LocalDate date, List<Long> registrations, Actor actor) {
        if (!actor.clerkOf(agencyCode)) {
            throw new SubmissionException(actor.username() + " may not prepare a letter of " + agencyCode,
                    Wording.of("submission.letter.officeOnly"));
        }
        require(LetterStatus.DRAFT, "prepare");
        this.letterNumber = number;
        this.letterDate = date;
        this.registrationIds = new ArrayList<>(registrations);
        this.preparedBy = actor.username();
        this.status = LetterStatus.PREPARED;
    }

    void attachDocument(long id) {
        this.documentId = id;
    }

    /**
     * Only a director of the letter's own agency signs it: not the office, not the administrator, and never one whose
     * own request the letter lists (issue 23).
     */
    void sign(Actor director, Deciders signers, Instant at) {
        requireDirector(director, signers);
        require(LetterStatus.PREPARED, "sign");
        this.signedBy = director.username();
        this.signedAt = at;
        this.directorComment = null;
        this.status = LetterStatus.SIGNED;
    }

    /** The letter as this director signed it with their own certificate (checked before it gets here). */
    void acceptSignedUpload(Actor director, Deciders signers, long document) {
        requireDirector(director, signers);
        require(LetterStatus.PREPARED, "receiveSigned");
        this.signedUploadId = document;
        this.signedUploadBy = director.username();
    }

    /** Signing where the director signs with their own token: only once they uploaded the signed letter. */
    void signUploaded(Actor director, Deciders signers, Instant at) {
        requireDirector(director, signers);
        if (signedUploadId == null || !director.username().equals(signedUploadBy)) {
            throw new SubmissionException("Letter " + id + " has no signed upload by " + director.username(),
                    Wording.of("submission.letter.uploadFirst"));
        }
        sign(director, signers, at);
        this.documentId = signedUploadId;
    }

    void returnToOffice(Actor director, Deciders signers, String comment) {
        requireDirector(director, signers);
        require(LetterStatus.PREPARED, "returnIt");
        this.signedUploadId = null;
        this.signedUploadBy = null;
        this.directorComment = comment;
        this.status = LetterStatus.DRAFT;
    }

    /** Its agency became another (issue 22 part 2): that agency's office and directors take the letter on. */
    void moveToAgency(String into) {
        if (keyAgency == null) {
            // its process instance keeps the key it was opened under
            keyAgency = agencyCode;
        }
        this.agencyCode = into;
    }

    private void requireDirector(Actor actor, Deciders signers) {
        if (!actor.isDirectorOf(agencyCode)) {
            throw new SubmissionException(actor.username() + " is no director of " + agencyCode,
                    Wording.of("submission.letter.directorOnly"));
        }
        if (signers.isSubject(actor)) {
            throw new SubmissionException(actor.username() + " may not sign letter " + id + " listing own request",
                    Wording.of("submission.letter.ownRequest", actor.person().fullName()));
        }
    }

    /** @param action the step refused, as the bundle names it ("submission.letter.action.<action>") */
    private void require(LetterStatus expected, String action) {
        if (status != expected) {
            throw new SubmissionException("Letter " + id + " is " + status + ", expected " + expected,
                    Wording.of("submission.letter.notInStatus", Wording.of("submission.letter.action." + action), status.label()));
        }
    }

    String businessKey() { return AgencySubmissionProcess.businessKey(keyAgency == null ? agencyCode : keyAgency, id); }
    Long id() { return id; }
    String agencyCode() { return agencyCode; }
    LetterStatus status() { return status; }
    String letterNumber() { return letterNumber; }
    LocalDate letterDate() { return letterDate; }
    String signedBy() { return signedBy; }
    Long signedUploadId() { return signedUploadId; }
    Instant signedAt() { return signedAt; }
    Long documentId() { return documentId; }
    List<Long> registrationIds() { return List.copyOf(registrationIds); }
}
