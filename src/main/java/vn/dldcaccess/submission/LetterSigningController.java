package vn.dldcaccess.submission;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dldcaccess.document.PdfBusy;
import vn.dldcaccess.document.SignedUploadRefused;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The signing page of a director who signs with their own token (/sign.html): the letter to download, and the
 * upload of it signed. Only a director of the letter's agency, while the letter waits for signing. A
 * state-changing request must carry X-Requested-With, which a cross-site form cannot send.
 */
@RestController
class LetterSigningController {
    private static final long MAX_BYTES = 5L * 1024 * 1024;
    private final AgencyLetterSigning submissions;
    private final CurrentUser currentUser;
    private final Actors actors;

    LetterSigningController(AgencyLetterSigning submissions, CurrentUser currentUser, Actors actors) {
        this.submissions = submissions;
        this.currentUser = currentUser;
        this.actors = actors;
    }

    @GetMapping("/api/agency-letters/{key}/to-sign")
    ResponseEntity<?> toSign(@PathVariable String key, HttpServletRequest request) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired(request);
        }
        try {
            AgencyLetterSigning.ToSign t = submissions.toSign(key, actors.of(user.get()));
            return ResponseEntity.ok(Map.of("summary", t.summary(), "documentUrl", t.documentUrl(),
                    "uploaded", t.uploaded()));
        } catch (SubmissionException e) {
            return WebAccess.forbidden(e.vietnameseMessage());
        }
    }

    @PostMapping("/api/agency-letters/{key}/signed")
    ResponseEntity<?> upload(@PathVariable String key, @RequestParam(value = "file", required = false) MultipartFile file,
                             HttpServletRequest request) throws IOException {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired(request);
        }
        if (request.getHeader("X-Requested-With") == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", Messages.text("submission.upload.invalid")));
        }
        Optional<String> problem = vn.dldcaccess.shared.UploadedFile.problem(file, MAX_BYTES, Wording.of("submission.upload.file"));
        if (problem.isPresent()) {
            return ResponseEntity.badRequest().body(Map.of("message", problem.get()));
        }
        try {
            submissions.acceptSigned(key, file.getBytes(), actors.of(user.get()));
            return ResponseEntity.ok(Map.of("message", Messages.text("submission.upload.received")));
        } catch (SignedUploadRefused e) {
            return ResponseEntity.badRequest().body(Map.of("message", e.vietnameseMessage(), "problems", e.problems()));
        } catch (PdfBusy e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header("Retry-After", String.valueOf(PdfBusy.RETRY_AFTER_SECONDS))
                    .body(Map.of("message", e.vietnameseMessage()));
        } catch (SubmissionException e) {
            return WebAccess.forbidden(e.vietnameseMessage());
        }
    }
}
