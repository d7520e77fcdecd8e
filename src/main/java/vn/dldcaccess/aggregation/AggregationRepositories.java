package vn.dldcaccess.aggregation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

// The queries every batch step runs are written out: a derived query is a new criteria query at each call, which
// Hibernate translates to SQL again each time; a query string's plan is translated once (issue 24)
interface BatchRepository extends JpaRepository<Batch, Long> {
    @Query("select b from Batch b where b.composingSlot = ?1")
    Optional<Batch> findByComposingSlot(Integer slot);

    @Query("select count(b) > 0 from Batch b where b.outgoingNumber = ?1 and b.id <> ?2")
    boolean existsByOutgoingNumberAndIdNot(String outgoingNumber, long id);

    List<Batch> findByStatusOrderByIdAsc(BatchStatus status);
}

interface ReceivedLetterRepository extends JpaRepository<ReceivedLetter, Long> {
    @Query("select count(l) > 0 from ReceivedLetter l where l.agencyLetterId = ?1")
    boolean existsByAgencyLetterId(long agencyLetterId);

    @Query("select l from ReceivedLetter l where l.batchId is null order by l.id")
    List<ReceivedLetter> findByBatchIdIsNullOrderByIdAsc();

    @Query("select l from ReceivedLetter l where l.batchId = ?1 order by l.agencyCode, l.id")
    List<ReceivedLetter> findByBatchIdOrderByAgencyCodeAscIdAsc(long batchId);
}

interface RevocationRequestRepository extends JpaRepository<RevocationRequest, Long> {
    @Query("select count(r) > 0 from RevocationRequest r where r.revocationItemId = ?1")
    boolean existsByRevocationItemId(long itemId);

    @Query("select r from RevocationRequest r where r.batchId is null order by r.id")
    List<RevocationRequest> findByBatchIdIsNullOrderByIdAsc();

    @Query("select r from RevocationRequest r where r.batchId = ?1 order by r.id")
    List<RevocationRequest> findByBatchIdOrderByIdAsc(long batchId);
}
