package vn.dldcaccess.document;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.shared.Messages;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Download of a stored PDF, for whoever {@link DocumentAccess} lets read it. */
@RestController
class DocumentController {
    private final DocumentStore store;
    private final CurrentUser currentUser;
    private final DocumentAccess access;

    DocumentController(DocumentStore store, CurrentUser currentUser, DocumentAccess access) {
        this.store = store;
        this.currentUser = currentUser;
        this.access = access;
    }

    @GetMapping("/api/documents/{id}")
    ResponseEntity<?> download(@PathVariable String id, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"dldc-access\"")
                    .body(Map.of("message", Messages.text("document.download.logIn")));
        }
        Optional<StoredDocument> found = parse(id).flatMap(store::load);
        if (found.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", Messages.text("document.download.notFound")));
        }
        StoredDocument doc = found.get();
        if (!access.mayRead(user.get(), new DocumentAccessInfo(doc.kind(), doc.agencyCode(), doc.ownerUsername(),
                doc.processInstanceId()))) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("message", Messages.text("document.download.forbidden")));
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
}
