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
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The outbox as the application shows it: each person their own messages, admins every message. */
@RestController
class OutboxController {
    private final NotificationRepository outbox;
    private final CurrentUser currentUser;
    private final OrganizationDirectory organization;

    OutboxController(NotificationRepository outbox, CurrentUser currentUser, OrganizationDirectory organization) {
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.organization = organization;
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
                        .body(Map.of("message", Messages.text("notification.outbox.adminsOnly")));
            }
            return ResponseEntity.ok(outbox.findAllByOrderByIdDesc(page).stream().map(this::shown).toList());
        }
        return ResponseEntity.ok(outbox.findByRecipientUsernameOrderByIdDesc(user.get().id(), page).stream()
                .map(this::shown).toList());
    }

    /** As the page shows it: the recipient by name, the body as the mail's HTML part (never the Markdown). */
    private Map<String, Object> shown(Notification n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("recipient", organization.person(n.recipientUsername()).map(PersonInfo::fullName)
                .orElse(n.recipientUsername()));
        m.put("recipientEmail", n.recipientEmail());
        m.put("subject", n.subject());
        m.put("bodyHtml", MailBody.html(n.body()));
        m.put("status", n.status());
        m.put("createdAt", n.createdAt());
        m.put("sentAt", n.sentAt());
        m.put("lastError", n.lastError());
        return m;
    }
}
