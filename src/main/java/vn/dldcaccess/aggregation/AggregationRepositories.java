package vn.dldcaccess.aggregation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface BatchRepository extends JpaRepository<Batch, Long> {
    Optional<Batch> findByComposingSlot(Integer slot);

    boolean existsByOutgoingNumberAndIdNot(String outgoingNumber, long id);

    List<Batch> findByStatusOrderByIdAsc(BatchStatus status);
}

interface ReceivedLetterRepository extends JpaRepository<ReceivedLetter, Long> {
    boolean existsByAgencyLetterId(long agencyLetterId);

    List<ReceivedLetter> findByBatchIdIsNullOrderByIdAsc();

    List<ReceivedLetter> findByBatchIdOrderByAgencyCodeAscIdAsc(long batchId);
}

interface RevocationRequestRepository extends JpaRepository<RevocationRequest, Long> {
    boolean existsByRevocationItemId(long itemId);

    List<RevocationRequest> findByBatchIdIsNullOrderByIdAsc();

    List<RevocationRequest> findByBatchIdOrderByIdAsc(long batchId);
}
