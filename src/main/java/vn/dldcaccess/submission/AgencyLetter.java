package vn.dldcaccess.submission;

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

    AgencyLetter(String agencyCode, Instant createdAt) {
        this.agencyCode = agencyCode;
        this.status = LetterStatus.DRAFT;
        this.createdAt = createdAt;
    }

    void prepare(String number, LocalDate date, List<Long> registrations, String actor) {
        require(LetterStatus.DRAFT, "lập công văn");
        this.letterNumber = number;
        this.letterDate = date;
        this.registrationIds = new ArrayList<>(registrations);
        this.preparedBy = actor;
        this.status = LetterStatus.PREPARED;
    }

    void attachDocument(long id) {
        this.documentId = id;
    }

    void sign(String director, Instant at) {
        require(LetterStatus.PREPARED, "ký");
        this.signedBy = director;
        this.signedAt = at;
        this.directorComment = null;
        this.status = LetterStatus.SIGNED;
    }

    void returnToOffice(String comment) {
        require(LetterStatus.PREPARED, "trả lại");
        this.directorComment = comment;
        this.status = LetterStatus.DRAFT;
    }

    private void require(LetterStatus expected, String actionVi) {
        if (status != expected) {
            throw new SubmissionException("Letter " + id + " is " + status + ", expected " + expected,
                    "Không thể " + actionVi + " công văn ở trạng thái hiện tại (" + status + ").");
        }
    }

    Long id() { return id; }
    String agencyCode() { return agencyCode; }
    LetterStatus status() { return status; }
    String letterNumber() { return letterNumber; }
    LocalDate letterDate() { return letterDate; }
    String signedBy() { return signedBy; }
    Long documentId() { return documentId; }
    List<Long> registrationIds() { return List.copyOf(registrationIds); }
}
