package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What other features may ask of reconciliation: the open differences on accounts of the register, for the unit
 * head's next review (issue 22: each difference enters the next review campaign).
 */
@Component
public class ReconciliationFindings {
    private final DifferenceRepository differences;

    ReconciliationFindings(DifferenceRepository differences) {
        this.differences = differences;
    }

    /** Per account id, one line per open difference ("DS-3: Người sử dụng đã nghỉ …: detail"), plain text. */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> openOn(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return differences.findByAccountIdInAndStatus(accountIds, DifferenceStatus.OPEN).stream()
                .collect(Collectors.groupingBy(Difference::accountId, java.util.TreeMap::new,
                        Collectors.mapping(d -> Messages.text(d.detail() == null
                                ? "reconciliation.finding.line" : "reconciliation.finding.lineWithDetail", d.runId(),
                                d.kind().label(), d.detail()), Collectors.toList())));
    }
}
