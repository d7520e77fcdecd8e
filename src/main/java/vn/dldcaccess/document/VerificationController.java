package vn.dldcaccess.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dldcaccess.shared.Wording;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The verification page's answer (/verify.html, open to anyone holding a PDF): is it a document this
 * application issued, unaltered, and who signed it when. Nothing is kept of what is checked. What a stranger may
 * send is bounded before it gets here ({@link VerificationRateLimit}, {@link PdfBulkhead}) and while it is read ({@link PdfLimits}).
 */
@RestController
class VerificationController {
    private static final Logger log = LoggerFactory.getLogger(VerificationController.class);
    private final DocumentVerification verification;

    VerificationController(DocumentVerification verification) {
        this.verification = verification;
    }

    @PostMapping("/api/verify")
    ResponseEntity<?> verify(@RequestParam(value = "file", required = false) MultipartFile file) throws IOException {
        java.util.Optional<String> problem = vn.dldcaccess.shared.UploadedFile.problem(file,
                PdfLimits.DEFAULT.maxBytes(), vn.dldcaccess.shared.Wording.of("document.verify.file"));
        if (problem.isPresent()) {
            return ResponseEntity.badRequest().body(Map.of("message", problem.get()));
        }
        try {
            return ResponseEntity.ok(verification.verify(file.getBytes()));
        } catch (PdfBusy busy) {
            return ResponseEntity.status(503).header("Retry-After", String.valueOf(PdfBusy.RETRY_AFTER_SECONDS))
                    .body(Map.of("message", busy.vietnameseMessage()));
        } catch (PdfRefused refused) {
            log.info("Verification of a file refused ({} bytes): {}", file.getSize(), refused.getMessage());
            return ResponseEntity.badRequest().body(Map.of("message", refused.vietnameseMessage(),
                    "signatures", List.of()));
        }
    }
}
