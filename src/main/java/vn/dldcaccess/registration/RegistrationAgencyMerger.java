package vn.dldcaccess.registration;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyMerged;

import java.time.Clock;
import java.util.Arrays;

/** An agency merged into another (issue 22 part 2): its open requests go on there, each history saying so. */
@Component
class RegistrationAgencyMerger {
    private final RegistrationRepository registrations;
    private final RegistrationTracking tracking;
    private final Clock clock;

    RegistrationAgencyMerger(RegistrationRepository registrations, RegistrationTracking tracking, Clock clock) {
        this.registrations = registrations;
        this.tracking = tracking;
        this.clock = clock;
    }

    @EventListener
    void on(AgencyMerged merged) {
        var open = Arrays.stream(RegistrationStatus.values()).filter(RegistrationStatus::isOpen).toList();
        for (Registration r : registrations.findByAgencyCodeAndStatusIn(merged.from(), open)) {
            tracking.tracked(r, () -> r.moveToAgency(merged.into(), clock.instant(), merged.detail()));
        }
    }
}
