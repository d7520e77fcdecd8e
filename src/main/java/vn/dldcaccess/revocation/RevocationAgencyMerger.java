package vn.dldcaccess.revocation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyMerged;

/** An agency merged into another (issue 22 part 2): its open closings go to that agency's office, deadlines kept. */
@Component
class RevocationAgencyMerger {
    private final RevocationRepository revocations;
    private final RevocationTracking tracking;

    RevocationAgencyMerger(RevocationRepository revocations, RevocationTracking tracking) {
        this.revocations = revocations;
        this.tracking = tracking;
    }

    @EventListener
    void on(AgencyMerged merged) {
        for (Revocation r : revocations.findByAgencyCodeOrderByIdAsc(merged.from())) {
            if ("OPEN".equals(r.status())) {
                r.moveToAgency(merged.into());
                tracking.track(r, Actor.SYSTEM_NAME, merged.detail(), null);
            }
        }
    }
}
