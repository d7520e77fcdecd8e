package vn.dldcaccess.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import vn.dldcaccess.shared.Messages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What people read when a request to the application's own pages and APIs fails: a Vietnamese message for the
 * status, never an exception's class, message or stack trace (those go to the log, in English, with the id the
 * person can quote). Every 500 is logged under {@link #HTTP_500_LOGGER}, which the tests watch.
 */
@Component
class ErrorAnswers extends DefaultErrorAttributes {
    static final String HTTP_500_LOGGER = "vn.dldcaccess.http500";
    private static final Logger http500 = LoggerFactory.getLogger(HTTP_500_LOGGER);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> spring = super.getErrorAttributes(request, ErrorAttributeOptions.defaults());
        int status = spring.get("status") instanceof Integer s ? s : 500;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", status);
        if (status >= 500) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            Throwable error = getError(request);
            http500.error("HTTP 500 answered on {} (incident {})", spring.get("path"), incident, error);
            answer.put("message", serverError(incident));
        } else {
            answer.put("message", vietnamese(status));
        }
        return answer;
    }

    static String serverError(String incident) {
        return Messages.text("security.error.server", incident);
    }

    static String vietnamese(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 413, 415, 429 -> Messages.text("security.error.status." + status);
            default -> Messages.text("security.error.otherStatus", status);
        };
    }

    /** Uploads larger than the limit (spring.servlet.multipart) are answered in words, not with an empty 413. */
    @RestControllerAdvice
    static class UploadLimit {
        private static final Logger log = LoggerFactory.getLogger(UploadLimit.class);

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
            log.info("Upload refused: larger than {} bytes", e.getMaxUploadSize());
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("status", 413,
                    "message", Messages.text("security.error.uploadTooLarge")));
        }

        /**
         * An upload that is not a file upload (another content type, a multipart body that cannot be read, no
         * part "file", a text where the file should be): a 400 that says how to send the file, on every upload.
         */
        @ExceptionHandler({MultipartException.class, MissingServletRequestPartException.class})
        ResponseEntity<Map<String, Object>> notAFileUpload(Exception e) {
            log.info("Upload refused: not a file upload ({})", e.getClass().getSimpleName());
            return notAFile();
        }

        @ExceptionHandler(MethodArgumentConversionNotSupportedException.class)
        ResponseEntity<Map<String, Object>> textForAFile(MethodArgumentConversionNotSupportedException e)
                throws MethodArgumentConversionNotSupportedException {
            if (!MultipartFile.class.isAssignableFrom(e.getParameter().getParameterType())) {
                throw e;
            }
            log.info("Upload refused: a value where a file was expected");
            return notAFile();
        }

        private static ResponseEntity<Map<String, Object>> notAFile() {
            return ResponseEntity.badRequest().body(Map.of("status", 400, "message", Messages.text("security.error.noFilePart")));
        }
    }
}
