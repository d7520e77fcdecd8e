package vn.dldcaccess.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.Messages;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The session the application's pages share with the webapps: who is logged in (for the pages' header), the
 * session's CSRF token (the same one the webapps use), and the log-out, which a page may only ask for with that
 * token, so that no other site can log a clerk out.
 */
@RestController
class SessionController {
    private static final Logger log = LoggerFactory.getLogger(SessionController.class);
    /** Where the webapps' CSRF filter keeps the session's token. */
    static final String CSRF_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;

    SessionController(CurrentUser currentUser, OrganizationDirectory organization) {
        this.currentUser = currentUser;
        this.organization = organization;
    }

    /**
     * @param csrf false from the Tasklist's header: the webapps make the session's CSRF token themselves (and hand
     *             it to their own pages when they do); one made here first would never reach them, and every form
     *             they send would be refused
     */
    @GetMapping("/api/session")
    ResponseEntity<?> session(HttpServletRequest request,
                              @org.springframework.web.bind.annotation.RequestParam(defaultValue = "true") boolean csrf) {
        var user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", user.get().id());
        var person = organization.person(user.get().id());
        body.put("name", person.map(PersonInfo::fullName).orElse(user.get().id()));
        body.put("position", person.map(PersonInfo::position).orElse(""));
        body.put("agency", person.map(PersonInfo::agencyCode).orElse(""));
        body.put("links", PageLinks.of(user.get()));
        // the agency whose office this person is (its pages open on that agency), else ""
        String officePrefix = Groups.agencyOffice("");
        body.put("office", user.get().groupIds().stream().filter(g -> g.startsWith(officePrefix))
                .map(g -> g.substring(officePrefix.length())).sorted().findFirst().orElse(""));
        // what the pages offer this role (the accounts page's agency box, the outbox's "every mail")
        boolean office = !body.get("office").toString().isEmpty();
        boolean admin = user.get().inGroup(Groups.ADMINS);
        body.put("admin", admin);
        body.put("tthcAdmin", user.get().inGroup(Groups.TTHC_ADMINS));
        body.put("seesAgencies", office || admin || user.get().inGroup(Groups.AGGREGATOR));
        HttpSession session = request.getSession(false);
        if (session != null && csrf) {
            body.put("csrfToken", token(session));
        }
        return ResponseEntity.ok(body);
    }

    /** Ends the session of the application and the webapps at once; only with the session's CSRF token. */
    @PostMapping("/api/session/logout")
    ResponseEntity<?> logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return ResponseEntity.noContent().build();
        }
        Object expected = session.getAttribute(CSRF_ATTRIBUTE);
        String sent = request.getHeader(CSRF_HEADER);
        if (expected == null || sent == null || !MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8))) {
            log.info("Log-out refused: missing or wrong CSRF token");
            return WebAccess.forbidden(Messages.text("security.logout.invalid"));
        }
        session.invalidate();
        return ResponseEntity.noContent().build();
    }

    private static String token(HttpSession session) {
        synchronized (session) {
            Object token = session.getAttribute(CSRF_ATTRIBUTE);
            if (token == null) {
                byte[] random = new byte[16];
                RANDOM.nextBytes(random);
                token = HexFormat.of().withUpperCase().formatHex(random);
                session.setAttribute(CSRF_ATTRIBUTE, token);
            }
            return token.toString();
        }
    }
}
