package vn.dldcaccess.organization;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness: a node that has not loaded the organization cannot route a single task (bean name: "organization"). */
@Component("organizationHealthIndicator")
class OrganizationHealth implements HealthIndicator {
    private final OrganizationDirectory directory;

    OrganizationHealth(OrganizationDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Health health() {
        return directory.loaded()
                .map(n -> Health.up().withDetail("agencies", n[0]).withDetail("people", n[1]).build())
                .orElseGet(() -> Health.outOfService().withDetail("reason", "organization file not loaded yet").build());
    }
}
