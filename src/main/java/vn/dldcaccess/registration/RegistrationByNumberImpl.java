package vn.dldcaccess.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;

import java.util.Optional;

/** {@link RegistrationByNumber} for the repository: Spring Data finds it by its name. */
class RegistrationByNumberImpl implements RegistrationByNumber {
    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Registration> findByRequestNumber(String requestNumber) {
        if (requestNumber == null) {
            return Optional.empty();
        }
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Registration.class).loadOptional(requestNumber);
    }

    @Override
    public java.util.List<Registration> findAllInIdOrder(java.util.Collection<Long> ids) {
        java.util.List<Long> sorted = ids.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return java.util.List.of();
        }
        return entityManager.unwrap(Session.class).byMultipleIds(Registration.class).enableSessionCheck(true)
                .multiLoad(sorted).stream().filter(java.util.Objects::nonNull).toList();
    }
}
