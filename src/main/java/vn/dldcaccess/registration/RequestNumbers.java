package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.GapFreeSequence;

/**
 * Request numbers, one gap-free sequence per agency and year ({@code SLĐTBXH-2026-000123}), taken in the
 * transaction that starts the process.
 */
@Component
class RequestNumbers {
    private final GapFreeSequence sequence;

    RequestNumbers(GapFreeSequence sequence) {
        this.sequence = sequence;
    }

    // the task titles tell a request number by this shape (RegistrationTaskSubject.mayBeNumber)
    String next(String agencyCode, String agencySymbol, int year) {
        return String.format("%s-%d-%06d", agencySymbol, year, sequence.next("request:" + agencyCode, year));
    }
}
