package vn.dldcaccess.reconciliation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Reading the official e-mail accounts straight from the province's mail directory (LDAP or Active Directory)
 * instead of an uploaded export; off unless {@code url} is set. Read-only: a search as the manager account.
 *
 * @param url             e.g. {@code ldaps://mail-ldap.angiang.gov.vn:636}
 * @param base            where the mailboxes are, e.g. {@code ou=people,dc=angiang,dc=gov,dc=vn}
 * @param filter          which entries are mailboxes
 * @param mailAttribute   the account's user name on the mail system (the address)
 * @param holderAttribute the holder's log-in, as in the organization file
 * @param agencyAttribute the agency code, when the directory keeps one (empty: the holder's agency in the
 *                        organization file; an entry of nobody known belongs to no office)
 * @param timeout         connect and read timeout, and the search's time limit
 */
@ConfigurationProperties("dldc.reconciliation.mail-directory")
record MailDirectoryProperties(String url, String base, @DefaultValue("(mail=*)") String filter, String managerDn,
                               String managerPassword, @DefaultValue("mail") String mailAttribute,
                               @DefaultValue("uid") String holderAttribute, String agencyAttribute,
                               @DefaultValue("10s") Duration timeout) {
    boolean enabled() {
        return url != null && !url.isBlank();
    }
}
