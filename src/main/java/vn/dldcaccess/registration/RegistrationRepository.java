package vn.dldcaccess.registration;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RegistrationRepository extends JpaRepository<Registration, Long> {
    Optional<Registration> findByRequestNumber(String requestNumber);

    boolean existsByOpenCitizenId(String citizenId);

    List<Registration> findByAgencyCodeAndStatusOrderByIdAsc(String agencyCode, RegistrationStatus status);

    List<Registration> findByIdInOrderByIdAsc(List<Long> ids);
}
