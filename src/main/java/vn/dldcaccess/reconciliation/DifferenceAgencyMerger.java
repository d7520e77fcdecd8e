package vn.dldcaccess.reconciliation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyMerged;

/** An agency merged into another (issue 22 part 2): its open differences become that agency's office's work. */
@Component
class DifferenceAgencyMerger {
    private final DifferenceRepository differences;

    DifferenceAgencyMerger(DifferenceRepository differences) {
        this.differences = differences;
    }

    @EventListener
    void on(AgencyMerged merged) {
        differences.findByAgencyCodeAndStatus(merged.from(), DifferenceStatus.OPEN)
                .forEach(d -> d.moveToAgency(merged.into()));
    }
}
