package vn.dldcaccess.registration;

import java.time.Instant;
import java.time.LocalDate;

/** A request as other features read it (lists, letters, PDFs). */
public record RegistrationSummary(long id, String requestNumber, String agencyCode, String unitCode, String unitName,
                                  String fullName, LocalDate dateOfBirth, String genderLabel, String citizenId,
                                  String position, String duties, String mobilePhone, String officialEmail,
                                  String tthcUsername, String accessScopeLabel, String purpose,
                                  RegistrationStatus status, Instant confirmedAt, Long agencyLetterId,
                                  Long formDocumentId) {
}
