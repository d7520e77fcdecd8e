package vn.dldcaccess.revocation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;

import java.util.Map;
import java.util.Optional;

/** Closures within the deadline, late and pending, per unit: for the agency office, the aggregator, admins. */
@RestController
class RevocationReportController {
    private final RevocationClosureReport closures;
    private final CurrentUser currentUser;

    RevocationReportController(RevocationClosureReport closures, CurrentUser currentUser) {
        this.closures = closures;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/revocations/report")
    ResponseEntity<?> report(@RequestParam String agency, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        if (!WebAccess.seesAgency(user.get(), agency)) {
            return WebAccess.forbidden(Messages.text("revocation.report.officeOnly"));
        }
        return ResponseEntity.ok(closures.closureReport(agency));
    }
}
