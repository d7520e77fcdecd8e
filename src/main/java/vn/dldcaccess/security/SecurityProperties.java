package vn.dldcaccess.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminId       the administrator's log-in ({@code DLDC_ADMIN_USER} in production)
 * @param adminPassword the administrator's password ({@code DLDC_ADMIN_PASSWORD}); set once, when the user is made
 * @param demo          the demo run: its people and administrator keep the README's password "demo"; a
 *                      production profile turns this off and then refuses to start with a weak admin password
 */
@ConfigurationProperties("dldc.security")
record SecurityProperties(String adminId, String adminPassword, boolean demo) {
}
