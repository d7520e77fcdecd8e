package vn.dldcaccess.leavers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The directory as a source of leavers (issue 22), off unless {@code enabled} and the log-in directory
 * ({@code dldc.security.ldap.*}) is set: a person the tables hold as being with us whose entry is gone, or
 * matches {@code disabledFilter}, is a leaver from the day it is seen.
 *
 * @param disabledFilter a disabled entry: {@code (nsAccountLock=true)} (389/Red Hat DS); on Active Directory
 *                       {@code (userAccountControl:1.2.840.113556.1.4.803:=2)}
 */
@ConfigurationProperties("dldc.leavers.directory")
record DirectorySourceProperties(boolean enabled, @DefaultValue("(nsAccountLock=true)") String disabledFilter) {

    /** The log-in directory's connection (the same settings as security's log-in). */
    @ConfigurationProperties("dldc.security.ldap")
    record Connection(String url, String base, @DefaultValue("(uid={0})") String userFilter, String managerDn,
                      String managerPassword, @DefaultValue("5s") Duration timeout) {
        boolean set() {
            return url != null && !url.isBlank();
        }
    }
}
