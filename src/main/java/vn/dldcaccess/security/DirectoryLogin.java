package vn.dldcaccess.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;

/**
 * Checks a person's password with the province's directory: finds their entry by log-in name (search as the
 * manager account), then binds as that entry with the password given. A person missing from the directory, a
 * wrong password, and a directory that does not answer all mean "no" (the last is logged as a warning).
 */
class DirectoryLogin {
    private static final Logger log = LoggerFactory.getLogger(DirectoryLogin.class);
    private final DirectoryProperties properties;

    DirectoryLogin(DirectoryProperties properties) {
        this.properties = properties;
    }

    boolean checkPassword(String userId, String password) {
        if (userId == null || userId.isBlank() || password == null || password.isEmpty()) {
            return false; // an empty password would be an anonymous bind, which most directories accept
        }
        String dn;
        try {
            dn = find(userId);
        } catch (NamingException e) {
            log.warn("Directory search failed for a log-in: {}", e.toString());
            return false;
        }
        if (dn == null) {
            log.info("Log-in refused: {} is not in the directory", userId);
            return false;
        }
        try {
            open(dn, password).close();
            return true;
        } catch (javax.naming.AuthenticationException wrong) {
            return false;
        } catch (NamingException e) {
            log.warn("Directory bind failed for a log-in: {}", e.toString());
            return false;
        }
    }

    /** The entry's full name, or null when nobody (or more than one entry) has this log-in. */
    private String find(String userId) throws NamingException {
        InitialDirContext search = open(properties.managerDn(), properties.managerPassword());
        try {
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[0]);
            controls.setCountLimit(2);
            controls.setTimeLimit((int) properties.timeout().toMillis());
            // {0} is passed as a filter argument: JNDI escapes it, so "*" or ")(" cannot widen the search
            NamingEnumeration<SearchResult> found = search.search(properties.base(), properties.userFilter(),
                    new Object[]{userId}, controls);
            try {
                if (!found.hasMore()) {
                    return null;
                }
                String dn = found.next().getNameInNamespace();
                return found.hasMore() ? null : dn;
            } catch (javax.naming.SizeLimitExceededException twoOrMore) {
                return null;
            } finally {
                found.close();
            }
        } finally {
            search.close();
        }
    }

    private InitialDirContext open(String dn, String password) throws NamingException {
        return vn.dldcaccess.shared.LdapContexts.open(properties.url(), dn, password, properties.timeout());
    }
}
