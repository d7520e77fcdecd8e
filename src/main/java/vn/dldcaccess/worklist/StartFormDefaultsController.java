package vn.dldcaccess.worklist;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;

import java.util.Optional;

/** The Tasklist's start forms read their prefilled values here (tasklist/scripts/dldc-tasklist.js). */
@RestController
class StartFormDefaultsController {
    private final StartFormDefaults defaults;
    private final CurrentUser currentUser;

    StartFormDefaultsController(StartFormDefaults defaults, CurrentUser currentUser) {
        this.defaults = defaults;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/forms/start-defaults")
    ResponseEntity<?> mine(HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        return user.<ResponseEntity<?>>map(u -> ResponseEntity.ok(defaults.of(u.id())))
                .orElseGet(WebAccess::loginRequired);
    }
}
