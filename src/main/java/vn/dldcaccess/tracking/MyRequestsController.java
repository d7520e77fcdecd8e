package vn.dldcaccess.tracking;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;

import java.util.Optional;

/** /my-requests.html's list: the person logged in, her own requests only. */
@RestController
class MyRequestsController {
    private final MyRequests requests;
    private final CurrentUser currentUser;

    MyRequestsController(MyRequests requests, CurrentUser currentUser) {
        this.requests = requests;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/my/requests")
    ResponseEntity<?> mine(HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        return user.<ResponseEntity<?>>map(u -> ResponseEntity.ok(requests.of(u.id())))
                .orElseGet(WebAccess::loginRequired);
    }
}
