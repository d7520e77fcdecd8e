package vn.dldcaccess.registration;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A request as other features read it (lists, letters, PDFs).
 *
 * @param applicantUsername whose request it is: never the one who signs or decides on it (issue 23)
 */
public record RegistrationSummary(long id, String requestNumber, String agencyCode, String unitCode, String unitName,
                                  String applicantUsername, String fullName, LocalDate dateOfBirth, String genderLabel, String citizenId,
                                  String position, String duties, String mobilePhone, String officialEmail,
                                  String tthcUsername, String accessScopeLabel, String purpose,
                                  RegistrationStatus status, Instant confirmedAt, Long agencyLetterId,
                                  Long formDocumentId) {
}
