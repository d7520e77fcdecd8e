package vn.dldcaccess.revocation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;

import java.util.Map;
import java.util.Optional;

/** Closures within the deadline, late and pending, per unit: for the agency office, the aggregator, admins. */
@RestController
class RevocationReportController {
    private final RevocationService revocations;
    private final CurrentUser currentUser;

    RevocationReportController(RevocationService revocations, CurrentUser currentUser) {
        this.revocations = revocations;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/revocations/report")
    ResponseEntity<?> report(@RequestParam String agency, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"dldc-access\"")
                    .body(Map.of("message", "Vui lòng đăng nhập."));
        }
        if (!(user.get().inGroup(Groups.agencyOffice(agency)) || user.get().inGroup(Groups.AGGREGATOR)
                || user.get().inGroup(Groups.ADMINS))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", "Chỉ Văn phòng của cơ quan xem được báo cáo này."));
        }
        return ResponseEntity.ok(revocations.closureReport(agency));
    }
}
