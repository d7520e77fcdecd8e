package vn.dldcaccess.registration;

import java.time.Instant;
import java.util.List;

/** Where a request stands, with every step and its date. */
public record RegistrationProgressView(String requestNumber, String agencyCode, String unitCode,
                                       String applicantUsername, String fullName, RegistrationStatus status,
                                       String statusLabel, List<Step> steps, Long accountId) {
    public record Step(RegistrationStatus status, String label, Instant at, String actor, String detail) {
    }
}
