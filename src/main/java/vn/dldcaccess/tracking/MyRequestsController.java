package vn.dldcaccess.tracking;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/** /my-requests.html's list (the person logged in, her own requests only) and /request.html's request. */
@RestController
class MyRequestsController {
    private final MyRequests requests;
    private final RequestPage page;
    private final CurrentUser currentUser;

    MyRequestsController(MyRequests requests, RequestPage page, CurrentUser currentUser) {
        this.requests = requests;
        this.page = page;
        this.currentUser = currentUser;
    }

    /**
     * /request.html: one request by its number or business key, of any kind, for those allowed to see it; the
     * same answer for "absent" and "not yours" (numbers are not to be probed).
     */
    @GetMapping("/api/request")
    ResponseEntity<?> request(@RequestParam(required = false) String number, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        String n = number == null ? "" : Normalizer.normalize(number.strip(), Normalizer.Form.NFC);
        if (n.isEmpty() || n.length() > 80) {
            return ResponseEntity.badRequest().body(Map.of("message", Messages.text("tracking.request.numberRequired")));
        }
        return page.of(n, user.get()).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
                        Messages.text("tracking.request.notFound", n))));
    }

    @GetMapping("/api/my/requests")
    ResponseEntity<?> mine(HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        return user.<ResponseEntity<?>>map(u -> ResponseEntity.ok(requests.of(u.id())))
                .orElseGet(WebAccess::loginRequired);
    }
}
