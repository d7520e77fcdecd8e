package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;
import java.util.Set;

/** Form 1658's tasks: the applicant and the request number (its business key). */
@Component
class RegistrationTaskSubject implements TaskSubject {
    private final RegistrationRepository registrations;

    RegistrationTaskSubject(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /**
     * Every request number has this shape (RequestNumbers: symbol-year-sequence); the keys of the other processes
     * (CV-…, DOT-…, TK-…) do not, and are not looked up: a number not found is read again at every call, and every
     * task of every process asks (issue 24).
     */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(".+-\\d{4}-\\d{6,}");

    static boolean mayBeNumber(String businessKey) {
        return businessKey != null && NUMBER.matcher(businessKey).matches();
    }

    @Override
    public Optional<String> subjectOf(String businessKey) {
        return !mayBeNumber(businessKey) ? Optional.empty() : registrations.findByRequestNumber(businessKey)
                .map(r -> r.fullName() + DASH + r.requestNumber());
    }

    @Override
    public Set<String> peopleOf(String businessKey) {
        return !mayBeNumber(businessKey) ? Set.of() : registrations.findByRequestNumber(businessKey)
                .map(r -> Set.of(r.applicantUsername())).orElse(Set.of());
    }
}
