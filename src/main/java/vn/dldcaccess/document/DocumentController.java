package vn.dldcaccess.document;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Download of a stored PDF, for the people its process concerns: whoever may see a task of that process,
 * the person it is about, the office of its agency, and admins.
 */
@RestController
class DocumentController {
    private static final java.util.Set<DocumentKind> TO_AGGREGATOR = java.util.EnumSet.of(
            DocumentKind.REGISTRATION_FORM, DocumentKind.AGENCY_LETTER, DocumentKind.BATCH_LETTER);
    private final DocumentStore store;
    private final CurrentUser currentUser;
    private final TaskService tasks;
    private final IdentityService identity;

    DocumentController(DocumentStore store, CurrentUser currentUser, TaskService tasks, IdentityService identity) {
        this.store = store;
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.identity = identity;
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<?> download(@PathVariable String id, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dldc-access\"")
                    .body(Map.of("message", "Vui lòng đăng nhập để tải văn bản."));
        }
        Optional<StoredDocument> found = parse(id).flatMap(store::load);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Không tìm thấy văn bản."));
        }
        StoredDocument doc = found.get();
        if (!mayRead(user.get(), doc)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", "Bạn không có quyền tải văn bản này."));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(doc.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-SHA256", doc.sha256())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(doc.content());
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean mayRead(AuthenticatedUser user, StoredDocument doc) {
        if (user.inGroup(Groups.ADMINS) || user.id().equals(doc.ownerUsername())
                || user.inGroup(Groups.agencyOffice(doc.agencyCode()))) {
            return true;
        }
        // what reaches the aggregator and PC06 (forms, agency letters, batch letters) is theirs to read
        if (TO_AGGREGATOR.contains(doc.kind()) && (user.inGroup(Groups.AGGREGATOR) || user.inGroup(Groups.AGGREGATOR_LEADERS)
                || user.inGroup(Groups.PC06))) {
            return true;
        }
        if (doc.processInstanceId() == null) {
            return false;
        }
        // The engine's own task authorizations decide: a task of that process visible to this user.
        identity.setAuthentication(user.id(), user.groupIds());
        try {
            return tasks.createTaskQuery().processInstanceId(doc.processInstanceId()).count() > 0;
        } finally {
            identity.clearAuthentication();
        }
    }
}
