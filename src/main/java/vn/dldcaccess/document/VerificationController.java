package vn.dldcaccess.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The verification page's answer (/verify.html, open to anyone holding a PDF): is it a document this
 * application issued, unaltered, and who signed it when. Nothing is kept of what is checked.
 */
@RestController
class VerificationController {
    private static final Logger log = LoggerFactory.getLogger(VerificationController.class);
    private static final long MAX_BYTES = 5L * 1024 * 1024;
    private final DocumentVerification verification;

    VerificationController(DocumentVerification verification) {
        this.verification = verification;
    }

    @PostMapping("/api/verify")
    ResponseEntity<?> verify(@RequestParam(value = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("message", "Vui lòng chọn tệp PDF cần kiểm tra."));
        }
        if (file.getSize() > MAX_BYTES) {
            return ResponseEntity.badRequest().body(Map.of("message", "Tệp lớn hơn 5 MB."));
        }
        try {
            return ResponseEntity.ok(verification.verify(file.getBytes()));
        } catch (IOException notPdf) {
            log.info("Verification of an unreadable file ({} bytes): {}", file.getSize(), notPdf.getMessage());
            return ResponseEntity.badRequest().body(Map.of("message", "Tệp không phải là tệp PDF đọc được.",
                    "signatures", List.of()));
        }
    }
}
