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

    @Override
    public Optional<String> subjectOf(String businessKey) {
        return businessKey == null ? Optional.empty() : registrations.findByRequestNumber(businessKey)
                .map(r -> r.fullName() + DASH + r.requestNumber());
    }

    @Override
    public Set<String> peopleOf(String businessKey) {
        return businessKey == null ? Set.of() : registrations.findByRequestNumber(businessKey)
                .map(r -> Set.of(r.applicantUsername())).orElse(Set.of());
    }
}
