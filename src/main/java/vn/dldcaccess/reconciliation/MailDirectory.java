package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.SizeLimitExceededException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The official e-mail accounts as the mail directory has them, as rows of an export (issue 22): one search, at most
 * {@link ExportFileReader#MAX_ROWS} entries (more is refused, never read on), the same checks as a file's rows.
 * Locked: {@code nsAccountLock: true} (389/OpenLDAP), or the disabled bit of {@code userAccountControl} (Active
 * Directory).
 */
@Component
class MailDirectory {
    private final MailDirectoryProperties properties;
    private final Function<String, String> agencyOfHolder;

    @org.springframework.beans.factory.annotation.Autowired
    MailDirectory(MailDirectoryProperties properties, OrganizationDirectory organization) {
        this(properties, holder -> organization.person(holder).map(PersonInfo::agencyCode).orElse(null));
    }

    MailDirectory(MailDirectoryProperties properties, Function<String, String> agencyOfHolder) {
        this.properties = properties;
        this.agencyOfHolder = agencyOfHolder;
    }

    boolean enabled() {
        return properties.enabled();
    }

    List<ExportRow> read() {
        if (!enabled()) {
            throw new ReconciliationException("No mail directory", Wording.of("reconciliation.mailDirectory.none"));
        }
        List<ExportRow> rows = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try {
            InitialDirContext ctx = open();
            try {
                SearchControls controls = new SearchControls();
                controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
                List<String> wanted = new ArrayList<>(List.of(properties.mailAttribute(), properties.holderAttribute(),
                        "nsAccountLock", "userAccountControl"));
                if (properties.agencyAttribute() != null && !properties.agencyAttribute().isBlank()) {
                    wanted.add(properties.agencyAttribute());
                }
                controls.setReturningAttributes(wanted.toArray(String[]::new));
                controls.setCountLimit(ExportFileReader.MAX_ROWS + 1L);
                controls.setTimeLimit((int) properties.timeout().toMillis());
                NamingEnumeration<SearchResult> found = ctx.search(properties.base(), properties.filter(), controls);
                try {
                    int n = 0;
                    while (found.hasMore()) {
                        if (++n > ExportFileReader.MAX_ROWS) {
                            throw tooMany();
                        }
                        ExportRow row = row(n, found.next().getAttributes());
                        if (row != null && seen.add(row.key())) {
                            rows.add(row);
                        }
                    }
                } finally {
                    found.close();
                }
            } finally {
                ctx.close();
            }
        } catch (SizeLimitExceededException e) {
            throw tooMany();
        } catch (NamingException e) {
            throw new ReconciliationException("Mail directory read failed: " + e,
                    Wording.of("reconciliation.mailDirectory.unreadable"));
        }
        return rows;
    }

    private static ReconciliationException tooMany() {
        return new ReconciliationException("Mail directory too large", Wording.of("reconciliation.mailDirectory.tooMany",
                ExportFileReader.MAX_ROWS));
    }

    /** An entry as a row; null for one without a valid address (a group, a contact). */
    private ExportRow row(int n, Attributes a) throws NamingException {
        String mail = first(a, properties.mailAttribute());
        if (mail == null || !mail.matches("[A-Za-z0-9._@+\\-]{2,100}")) {
            return null;
        }
        String holder = first(a, properties.holderAttribute());
        boolean locked = "true".equalsIgnoreCase(first(a, "nsAccountLock"));
        String control = first(a, "userAccountControl");
        if (control != null && control.matches("\\d{1,10}") && (Long.parseLong(control) & 2) != 0) {
            locked = true;
        }
        String agency = properties.agencyAttribute() == null || properties.agencyAttribute().isBlank() ? null
                : first(a, properties.agencyAttribute());
        if (agency == null && holder != null) {
            agency = agencyOfHolder.apply(holder);
        }
        // an entry of nobody known belongs to no office: it counts in the province's figures only
        return new ExportRow(n, mail.toLowerCase(Locale.ROOT), locked ? SystemStatus.LOCKED : SystemStatus.ACTIVE,
                holder == null ? "" : cut(holder), "", agency == null ? "?" : cut(agency));
    }

    private static String first(Attributes a, String name) throws NamingException {
        Attribute attribute = a.get(name);
        Object v = attribute == null ? null : attribute.get();
        return v == null ? null : v.toString().strip();
    }

    private static String cut(String s) {
        return s.length() > ExportFileReader.MAX_CELL ? s.substring(0, ExportFileReader.MAX_CELL) : s;
    }

    private InitialDirContext open() throws NamingException {
        return vn.dldcaccess.shared.LdapContexts.open(properties.url(), properties.managerDn(), properties.managerPassword(), properties.timeout());
    }
}
