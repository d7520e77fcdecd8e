package vn.dldcaccess.registration;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.dldcaccess.shared.Wording;

import java.util.List;
import java.util.Optional;

interface RegistrationRepository extends JpaRepository<Registration, Long>, RegistrationByNumber {

    // the exists checks too are written out: a derived one is a new criteria query, translated again at each call
    @org.springframework.data.jpa.repository.Query("select count(r) > 0 from Registration r where r.openCitizenId = ?1")
    boolean existsByOpenCitizenId(String citizenId);

    /** Confirmed and with its form rendered: the process then waits for the letter in the same commit. */
    // written out: a derived query is translated to SQL again at each call, a query string once (issue 24)
    @org.springframework.data.jpa.repository.Query("select r from Registration r where r.agencyCode = ?1 and r.status = ?2"
            + " and r.formDocumentId is not null order by r.id")
    List<Registration> findByAgencyCodeAndStatusAndFormDocumentIdIsNotNullOrderByIdAsc(String agencyCode,
                                                                               RegistrationStatus status);

    List<Registration> findByAgencyCodeAndStatusIn(String agencyCode, java.util.Collection<RegistrationStatus> statuses);

    /** The request a step of its process acts on, by the process's business key (its number). */
    default Registration require(String requestNumber) {
        return findByRequestNumber(requestNumber).orElseThrow(() -> new RegistrationStateException(
                "No registration " + requestNumber, Wording.of("registration.notFound")));
    }
}
