package vn.dldcaccess.revocation;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.dldcaccess.shared.Wording;

import java.util.List;

interface RevocationRepository extends JpaRepository<Revocation, Long> {
    @org.springframework.data.jpa.repository.Query("select count(r) > 0 from Revocation r where r.openPerson = ?1")
    boolean existsByOpenPerson(String person);

    List<Revocation> findByAgencyCodeOrderByIdAsc(String agencyCode);

    List<Revocation> findByStatus(String status);

    /** The report a step of its process acts on, by the process's business key. */
    default Revocation require(String key) {
        return findById(AccountRevocationProcess.revocationId(key)).orElseThrow(
                () -> new RevocationException("No revocation " + key, Wording.of("revocation.report.notFound")));
    }
}
