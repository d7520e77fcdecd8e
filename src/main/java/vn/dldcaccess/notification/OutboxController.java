package vn.dldcaccess.notification;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;

import java.util.Map;
import java.util.Optional;

/** The outbox as the application shows it: each person their own messages, admins every message. */
@RestController
class OutboxController {
    private final NotificationRepository outbox;
    private final CurrentUser currentUser;

    OutboxController(NotificationRepository outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/notifications")
    @Transactional(readOnly = true)
    ResponseEntity<?> list(@RequestParam(defaultValue = "false") boolean all, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        PageRequest page = PageRequest.of(0, 200);
        if (all) {
            if (!user.get().inGroup(Groups.ADMINS)) {
                return ResponseEntity.status(HttpStatus.FORBIDDEN)
                        .body(Map.of("message", "Chỉ quản trị viên xem được mọi thư."));
            }
            return ResponseEntity.ok(outbox.findAllByOrderByIdDesc(page).stream().map(Notifier::view).toList());
        }
        return ResponseEntity.ok(outbox.findByRecipientUsernameOrderByIdDesc(user.get().id(), page).stream()
                .map(Notifier::view).toList());
    }
}
