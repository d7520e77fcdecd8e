package vn.dldcaccess.review;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyMerged;

/** An agency merged into another (issue 22 part 2): its open review campaign goes on there. */
@Component
class ReviewAgencyMerger {
    private final ReviewRepository campaigns;
    private final ReviewTracking tracking;

    ReviewAgencyMerger(ReviewRepository campaigns, ReviewTracking tracking) {
        this.campaigns = campaigns;
        this.tracking = tracking;
    }

    @EventListener
    void on(AgencyMerged merged) {
        for (ReviewCampaign c : campaigns.findByAgencyCodeOrderByIdDesc(merged.from())) {
            if ("OPEN".equals(c.status())) {
                c.moveToAgency(merged.into(), campaigns.existsByOpenAgency(merged.into()));
                c.units().stream().filter(u -> !u.done())
                        .forEach(u -> tracking.track(c, u, Actor.SYSTEM_NAME, merged.detail()));
            }
        }
    }
}
