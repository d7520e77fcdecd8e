package vn.dldcaccess.revocation;

import vn.dldcaccess.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.naming.AuthenticationException;
import javax.naming.CommunicationException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.NoPermissionException;
import javax.naming.ServiceUnavailableException;
import javax.naming.directory.Attribute;
import javax.naming.directory.BasicAttribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.ModificationItem;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 22: the optional connector that disables an official e-mail account in the province's mail directory,
 * by the method the province chose ({@link MailClosingMethod}). One search for the address (exactly one entry),
 * one modify (or rename); never throws: the outcome says whether it was done, and if not why, in Vietnamese for
 * the office's task (English in the log).
 */
@Component
class MailDirectoryClosing {
    private static final Logger log = LoggerFactory.getLogger(MailDirectoryClosing.class);
    /** Active Directory's ACCOUNTDISABLE bit; a user entry without the attribute is a normal account (512). */
    static final long ACCOUNT_DISABLE = 2;
    static final long NORMAL_ACCOUNT = 512;

    private final MailClosingProperties properties;

    MailDirectoryClosing(MailClosingProperties properties) {
        this.properties = properties;
    }

    /** Why a mailbox could not be disabled, as the office reads it. */
    enum Failure {
        UNREACHABLE, BIND_REFUSED, NOT_FOUND, AMBIGUOUS, NO_WRITE_RIGHTS, OTHER;

        /** As the office reads it (message bundle, "revocation.mailDirectory.failure.<NAME>"). */
        String vietnamese() {
            return Messages.text("revocation.mailDirectory.failure." + name());
        }
    }

    /** @param failure null when done or not configured */
    record Outcome(boolean configured, boolean disabled, Failure failure) {
        static final Outcome NOT_CONFIGURED = new Outcome(false, false, null);
        static final Outcome DISABLED = new Outcome(true, true, null);

        static Outcome failed(Failure f) {
            return new Outcome(true, false, f);
        }
    }

    boolean configured() {
        return properties.configured();
    }

    /** Disables the mailbox of this address; an entry already disabled is disabled again (a no-op). */
    Outcome disable(String address) {
        if (!configured()) {
            return Outcome.NOT_CONFIGURED;
        }
        if (properties.method() == MailClosingMethod.MOVE_TO_OU
                && (properties.disabledOu() == null || properties.disabledOu().isBlank())) {
            log.warn("Mail closing: method MOVE_TO_OU without dldc.mail-closing.disabled-ou; {} left to a person", address);
            return Outcome.failed(Failure.OTHER);
        }
        try {
            InitialDirContext ctx = open();
            try {
                String dn = find(ctx, address);
                if (dn == null) {
                    log.warn("Mail closing: no entry for {} under {}", address, properties.base());
                    return Outcome.failed(Failure.NOT_FOUND);
                }
                modify(ctx, dn);
                log.info("Mail closing: {} disabled in the mail directory ({}, {})", address, properties.method(), dn);
                return Outcome.DISABLED;
            } finally {
                ctx.close();
            }
        } catch (Ambiguous e) {
            log.warn("Mail closing: several entries for {} under {}", address, properties.base());
            return Outcome.failed(Failure.AMBIGUOUS);
        } catch (AuthenticationException e) {
            log.warn("Mail closing: bind as {} refused: {}", properties.bindDn(), e.toString());
            return Outcome.failed(Failure.BIND_REFUSED);
        } catch (NoPermissionException e) {
            log.warn("Mail closing: no write rights to disable {}: {}", address, e.toString());
            return Outcome.failed(Failure.NO_WRITE_RIGHTS);
        } catch (CommunicationException | ServiceUnavailableException e) {
            log.warn("Mail closing: directory {} unreachable: {}", properties.url(), e.toString());
            return Outcome.failed(Failure.UNREACHABLE);
        } catch (NamingException | RuntimeException e) {
            log.warn("Mail closing: disabling {} failed: {}", address, e.toString());
            return Outcome.failed(Failure.OTHER);
        }
    }

    private static final class Ambiguous extends NamingException {
    }

    /** The one entry of this address; null when none. */
    private String find(DirContext ctx, String address) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[]{"userAccountControl"});
        controls.setCountLimit(2);
        controls.setTimeLimit((int) properties.timeout().toMillis());
        List<String> found = new ArrayList<>();
        NamingEnumeration<SearchResult> results = ctx.search(properties.base(), properties.filter(),
                new Object[]{address}, controls);
        try {
            while (results.hasMore()) {
                found.add(results.next().getNameInNamespace());
            }
        } catch (javax.naming.SizeLimitExceededException e) {
            throw new Ambiguous();
        } finally {
            results.close();
        }
        if (found.size() > 1) {
            throw new Ambiguous();
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private void modify(DirContext ctx, String dn) throws NamingException {
        switch (properties.method()) {
            case NS_ACCOUNT_LOCK -> ctx.modifyAttributes(dn, new ModificationItem[]{new ModificationItem(
                    DirContext.REPLACE_ATTRIBUTE, new BasicAttribute("nsAccountLock", "true"))});
            case USER_ACCOUNT_CONTROL -> {
                Attribute current = ctx.getAttributes(dn, new String[]{"userAccountControl"}).get("userAccountControl");
                long control = current == null || current.get() == null ? NORMAL_ACCOUNT
                        : Long.parseLong(current.get().toString().strip());
                ctx.modifyAttributes(dn, new ModificationItem[]{new ModificationItem(DirContext.REPLACE_ATTRIBUTE,
                        new BasicAttribute("userAccountControl", Long.toString(control | ACCOUNT_DISABLE)))});
            }
            case MOVE_TO_OU -> {
                LdapName name = new LdapName(dn);
                LdapName ou = new LdapName(properties.disabledOu());
                if (name.size() > 1 && name.getPrefix(name.size() - 1).equals(ou)) {
                    return; // already there
                }
                Rdn rdn = name.getRdn(name.size() - 1);
                ctx.rename(dn, new LdapName(ou.getRdns()).add(rdn).toString());
            }
        }
    }

    private InitialDirContext open() throws NamingException {
        return vn.dldcaccess.shared.LdapContexts.open(properties.url(), properties.bindDn(), properties.bindPassword(), properties.timeout());
    }
}
