package vn.dldcaccess.submission;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;

interface AgencyLetterRepository extends JpaRepository<AgencyLetter, Long> {
    boolean existsByAgencyCodeAndStatusIn(String agencyCode, Collection<LetterStatus> statuses);

    java.util.List<AgencyLetter> findByAgencyCodeAndStatusIn(String agencyCode, Collection<LetterStatus> statuses);

    boolean existsByAgencyCodeAndLetterNumberAndIdNot(String agencyCode, String letterNumber, Long id);
}
