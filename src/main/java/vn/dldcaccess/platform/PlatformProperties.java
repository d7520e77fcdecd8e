package vn.dldcaccess.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the application runs among its peers and under its monitors.
 *
 * @param startupLockTimeout how long a starting node waits for another node's start-up (MariaDB)
 * @param metricsRefresh     how old the figures read from the tables may be when Prometheus scrapes them
 * @param shutdownDrain      after readiness went down on a shutdown, how long the node still serves, so that
 *                           the load balancer's next probe sees it before the port closes
 */
@ConfigurationProperties("dldc.platform")
record PlatformProperties(@DefaultValue("10m") Duration startupLockTimeout,
                          @DefaultValue("30s") Duration metricsRefresh,
                          @DefaultValue("0s") Duration shutdownDrain) {
}
