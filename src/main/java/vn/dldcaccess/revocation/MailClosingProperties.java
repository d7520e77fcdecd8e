package vn.dldcaccess.revocation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Issue 22: disabling an official e-mail account in the province's mail directory (LDAP or Active Directory) when
 * a closing reaches it, instead of the office doing it by hand; off unless {@code enabled} and {@code url} are set.
 * The bind account needs write rights on the mailboxes (and on the disabled OU for {@link MailClosingMethod#MOVE_TO_OU}).
 *
 * @param url          e.g. {@code ldaps://mail-ldap.angiang.gov.vn:636}
 * @param bindDn       the account that writes, e.g. {@code cn=dldc-close,ou=services,dc=angiang,dc=gov,dc=vn}
 * @param bindPassword from the environment ({@code DLDC_MAILCLOSING_BINDPASSWORD}, or a placeholder), never in a file
 * @param base         where the mailboxes are searched
 * @param filter       the mailbox of an address: {@code {0}} is the address, escaped
 * @param method       how the province disables an account
 * @param disabledOu   where {@link MailClosingMethod#MOVE_TO_OU} moves the entry, e.g. {@code ou=disabled,dc=…}
 * @param timeout      connect and read timeout
 */
@ConfigurationProperties("dldc.mail-closing")
record MailClosingProperties(@DefaultValue("false") boolean enabled, String url, String bindDn, String bindPassword,
                             String base, @DefaultValue("(mail={0})") String filter,
                             @DefaultValue("NS_ACCOUNT_LOCK") MailClosingMethod method, String disabledOu,
                             @DefaultValue("10s") Duration timeout) {
    boolean configured() {
        return enabled && url != null && !url.isBlank() && base != null && !base.isBlank();
    }
}
