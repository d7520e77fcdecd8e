package vn.dldcaccess.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Log-in against the province's directory (LDAP or Active Directory), off unless {@code url} is set. The
 * directory only checks passwords: who is who, and in which role, still comes from the organization file.
 *
 * @param url             e.g. {@code ldaps://ldap.angiang.gov.vn:636} ({@code DLDC_LDAP_URL})
 * @param base            where people are searched, e.g. {@code ou=people,dc=angiang,dc=gov,dc=vn}
 * @param userFilter      the person's entry by log-in name: {@code (uid={0})}, on Active Directory
 *                        {@code (sAMAccountName={0})}
 * @param managerDn       the account that searches (empty: an anonymous search)
 * @param managerPassword its password ({@code DLDC_LDAP_PASSWORD})
 * @param timeout         connect and read timeout of each call to the directory
 */
@ConfigurationProperties("dldc.security.ldap")
record DirectoryProperties(String url, String base, @DefaultValue("(uid={0})") String userFilter, String managerDn,
                           String managerPassword, @DefaultValue("5s") Duration timeout) {
    boolean enabled() {
        return url != null && !url.isBlank();
    }
}
