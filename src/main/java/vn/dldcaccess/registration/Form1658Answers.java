package vn.dldcaccess.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/**
 * What the applicant answered on form 1658 (items 1–12), as it was last sent: kept in the registration's own
 * columns, replaced whole when she corrects it. The registration guards who may send it and when.
 */
@Embeddable
class Form1658Answers {
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "citizen_id")
    private String citizenId;
    @Column(name = "job_position")
    private String position;
    private String duties;
    @Column(name = "mobile_phone")
    private String mobilePhone;
    @Column(name = "official_email")
    private String officialEmail;
    @Column(name = "tthc_username")
    private String tthcUsername;
    @Column(name = "access_scope")
    private String accessScope;
    private String purpose;
    private String note;

    protected Form1658Answers() {
    }

    Form1658Answers(RegistrationForm form) {
        this.fullName = form.fullName();
        this.dateOfBirth = form.dateOfBirth();
        this.gender = form.gender();
        this.citizenId = form.citizenId().value();
        this.position = form.position();
        this.duties = form.duties();
        this.mobilePhone = form.mobilePhone().value();
        this.officialEmail = form.officialEmail().value();
        this.tthcUsername = form.tthcUsername();
        this.accessScope = form.accessScopeCode();
        this.purpose = form.purpose();
        this.note = form.note();
    }

    String fullName() { return fullName; }
    LocalDate dateOfBirth() { return dateOfBirth; }
    Gender gender() { return gender; }
    String citizenId() { return citizenId; }
    String position() { return position; }
    String duties() { return duties; }
    String mobilePhone() { return mobilePhone; }
    String officialEmail() { return officialEmail; }
    String tthcUsername() { return tthcUsername; }
    String accessScope() { return accessScope; }
    String purpose() { return purpose; }
    String note() { return note; }
}
