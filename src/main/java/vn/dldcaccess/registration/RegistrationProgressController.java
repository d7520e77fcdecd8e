package vn.dldcaccess.registration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a request stands, each step with its date: for the applicant, the unit's heads, the agency office, the
 * aggregator and admins (same session as the webapps, or Basic).
 */
@RestController
class RegistrationProgressController {
    private static final DateTimeFormatter DMY_HM = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;

    RegistrationProgressController(RegistrationService registrations, CurrentUser currentUser,
                                   OrganizationDirectory organization) {
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.organization = organization;
    }

    @GetMapping("/api/registrations/{requestNumber}")
    ResponseEntity<?> progress(@PathVariable String requestNumber, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        Optional<RegistrationProgressView> found = registrations.progress(
                java.text.Normalizer.normalize(requestNumber.strip(), java.text.Normalizer.Form.NFC));
        if (found.isEmpty() || !mayRead(user.get(), found.get())) {
            // the same answer for "absent" and "not yours": request numbers are not to be probed
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", Messages.text("registration.progress.notFound")));
        }
        RegistrationProgressView p = found.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("requestNumber", p.requestNumber());
        body.put("fullName", p.fullName());
        body.put("status", p.status().name());
        body.put("statusLabel", p.statusLabel());
        body.put("steps", p.steps().stream().map(s -> Map.of("status", s.status().name(), "label", s.label(),
                "at", DMY_HM.format(s.at()), "actor", organization.nameOf(s.actor()), "detail", s.detail() == null ? "" : s.detail())).toList());
        return ResponseEntity.ok(body);
    }

    private static boolean mayRead(AuthenticatedUser user, RegistrationProgressView p) {
        List<String> groups = List.of(Groups.ADMINS, Groups.AGGREGATOR, Groups.agencyOffice(p.agencyCode()),
                Groups.unitHeads(p.unitCode()));
        return user.id().equals(p.applicantUsername()) || groups.stream().anyMatch(user::inGroup);
    }
}
