package vn.dldcaccess.reconciliation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface DifferenceRepository extends JpaRepository<Difference, Long> {
    List<Difference> findByRunIdOrderByIdAsc(long runId);

    List<Difference> findByAgencyCodeAndStatus(String agencyCode, DifferenceStatus status);

    List<Difference> findByAccountIdInAndStatus(Collection<Long> accountIds, DifferenceStatus status);

    @Modifying
    @Query("UPDATE Difference d SET d.status = :to, d.version = d.version + 1 WHERE d.status = :from"
            + " AND d.runId IN :runs")
    int moveAll(@Param("runs") Collection<Long> runs, @Param("from") DifferenceStatus from,
                @Param("to") DifferenceStatus to);

    @Query("SELECT d.system, d.kind, COUNT(d) FROM Difference d WHERE d.status = :status GROUP BY d.system, d.kind")
    List<Object[]> countByStatus(@Param("status") DifferenceStatus status);

    @Query("SELECT d.kind, d.status, COUNT(d) FROM Difference d WHERE d.runId = :run GROUP BY d.kind, d.status")
    List<Object[]> countsOfRun(@Param("run") long run);
}
