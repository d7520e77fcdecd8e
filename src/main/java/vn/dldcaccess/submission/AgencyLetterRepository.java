package vn.dldcaccess.submission;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;

interface AgencyLetterRepository extends JpaRepository<AgencyLetter, Long> {
    // written out: a derived query is a new criteria query, translated to SQL again at each call (issue 24)
    @org.springframework.data.jpa.repository.Query("select count(l) > 0 from AgencyLetter l where l.agencyCode = ?1 and l.status in ?2")
    boolean existsByAgencyCodeAndStatusIn(String agencyCode, Collection<LetterStatus> statuses);

    @org.springframework.data.jpa.repository.Query("select l from AgencyLetter l where l.agencyCode = ?1 and l.status in ?2")
    java.util.List<AgencyLetter> findByAgencyCodeAndStatusIn(String agencyCode, Collection<LetterStatus> statuses);

    @org.springframework.data.jpa.repository.Query("select count(l) > 0 from AgencyLetter l where l.agencyCode = ?1 and l.letterNumber = ?2 and l.id <> ?3")
    boolean existsByAgencyCodeAndLetterNumberAndIdNot(String agencyCode, String letterNumber, Long id);
}
