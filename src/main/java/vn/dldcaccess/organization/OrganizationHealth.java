package vn.dldcaccess.organization;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness: a node that has not loaded the organization cannot route a single task (bean name: "organization"). */
@Component("organizationHealthIndicator")
class OrganizationHealth implements HealthIndicator {
    private final OrganizationDirectory directory;
    private final OrganizationSource source;

    OrganizationHealth(OrganizationDirectory directory, OrganizationSource source) {
        this.directory = directory;
        this.source = source;
    }

    @Override
    public Health health() {
        return directory.loaded()
                .map(n -> {
                    Health.Builder up = Health.up().withDetail("agencies", n[0]).withDetail("people", n[1]);
                    // a new version of the file that was not taken in: the node still serves the one it has
                    String problem = source.problem();
                    return (problem == null ? up : up.withDetail("sourceNotTakenIn", problem)).build();
                })
                .orElseGet(() -> Health.outOfService().withDetail("reason", "organization file not loaded yet").build());
    }
}
