package vn.dldcaccess.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminId       the administrator's log-in ({@code DLDC_ADMIN_USER} in production)
 * @param adminPassword the administrator's password ({@code DLDC_ADMIN_PASSWORD}); set once, when the user is made
 * @param demo          the demo run: its people and administrator keep the README's password "demo"; a
 *                      production profile turns this off and then refuses to start with a weak admin password
 * @param metricsUser     the monitor's log-in for the management endpoints other than health (Prometheus)
 * @param metricsPassword its password ({@code DLDC_METRICS_PASSWORD}); empty: only health is open
 * @param deviceCookieKey the key that signs device cookies ({@code DLDC_SECURITY_DEVICECOOKIEKEY}, at least 32
 *                        characters, the same on every node); empty: one is made and kept in the database
 */
@ConfigurationProperties("dldc.security")
record SecurityProperties(String adminId, String adminPassword, boolean demo,
                          @DefaultValue("prometheus") String metricsUser, String metricsPassword,
                          String deviceCookieKey) {
}
