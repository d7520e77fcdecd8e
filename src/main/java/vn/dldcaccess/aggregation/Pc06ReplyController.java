package vn.dldcaccess.aggregation;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.EngineWork;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Upload of PC06's reply (CSV/XLSX) by the aggregator or PC06, with the same session as the webapps or Basic.
 * A state-changing request must carry X-Requested-With, which a cross-site form cannot send.
 */
@RestController
class Pc06ReplyController {
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Pc06ReplyUpload upload;
    private final BatchRepository batches;
    private final CurrentUser currentUser;
    private final Actors actors;
    private final EngineWork engine;

    Pc06ReplyController(Pc06ReplyUpload upload, BatchRepository batches, CurrentUser currentUser, Actors actors,
                        EngineWork engine) {
        this.actors = actors;
        this.engine = engine;
        this.upload = upload;
        this.batches = batches;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/aggregation/batches/sent")
    ResponseEntity<?> sentBatches(HttpServletRequest request) {
        Optional<ResponseEntity<?>> refused = refuse(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        return ResponseEntity.ok(batches.findByStatusOrderByIdAsc(BatchStatus.SENT).stream()
                .map(b -> Map.of("id", b.id(), "label", Messages.text("aggregation.reply.letterLabel",
                        b.outgoingNumber(), vn.dldcaccess.document.PdfDocuments.dmy(b.sentDate())))).toList());
    }

    /**
     * The batch letters as sent to PC06, the newest first, each with its final PDF: for the aggregator, its
     * leaders, PC06 and the administrators (who may read those documents).
     */
    @GetMapping("/api/aggregation/batches/letters")
    ResponseEntity<?> sentLetters(HttpServletRequest request) {
        Optional<ResponseEntity<?>> refused = refuse(request, List.of(Groups.AGGREGATOR, Groups.AGGREGATOR_LEADERS,
                Groups.PC06, Groups.ADMINS), Messages.text("aggregation.reply.readersOnly"));
        if (refused.isPresent()) {
            return refused.get();
        }
        List<Batch> sent = new java.util.ArrayList<>(batches.findByStatusOrderByIdAsc(BatchStatus.SENT));
        sent.addAll(batches.findByStatusOrderByIdAsc(BatchStatus.CLOSED));
        sent.sort(java.util.Comparator.comparing(Batch::id).reversed());
        return ResponseEntity.ok(sent.stream().filter(b -> b.documentId() != null).map(b -> new SentLetter(
                Messages.text("aggregation.reply.letterLabel", b.outgoingNumber(),
                        vn.dldcaccess.document.PdfDocuments.dmy(b.sentDate())),
                b.status().label(), "/api/documents/" + b.documentId())).toList());
    }

    record SentLetter(String label, String status, String document) {
    }

    @PostMapping("/api/aggregation/batches/{id}/pc06-reply")
    ResponseEntity<?> upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                             HttpServletRequest request) throws IOException {
        Optional<ResponseEntity<?>> refused = refuse(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (request.getHeader("X-Requested-With") == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", Messages.text("submission.upload.invalid")));
        }
        Optional<String> problem = vn.dldcaccess.shared.UploadedFile.problem(file, MAX_BYTES,
                Wording.of("aggregation.reply.file"));
        if (problem.isPresent()) {
            return ResponseEntity.badRequest().body(Map.of("message", problem.get()));
        }
        try {
            AuthenticatedUser user = currentUser.resolve(request).orElseThrow();
            var rows = upload.read(file.getOriginalFilename(), file.getBytes());
            ReplyReport report = engine.as(user, () -> upload.upload(id, file.getOriginalFilename(), rows,
                    actors.of(user)));
            return ResponseEntity.ok(Map.of("applied", report.applied(), "alreadyRecorded", report.alreadyRecorded(),
                    "stillPending", report.stillPending(), "issues", report.issues()));
        } catch (AggregationException e) {
            return ResponseEntity.badRequest().body(Map.of("message", e.vietnameseMessage()));
        }
    }

    private Optional<ResponseEntity<?>> refuse(HttpServletRequest request) {
        return refuse(request, List.of(Groups.AGGREGATOR, Groups.PC06, Groups.ADMINS),
                Messages.text("aggregation.reply.uploadersOnly"));
    }

    private Optional<ResponseEntity<?>> refuse(HttpServletRequest request, List<String> allowed, String refusal) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return Optional.of(WebAccess.loginRequired());
        }
        if (allowed.stream().noneMatch(user.get()::inGroup)) {
            return Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", refusal)));
        }
        return Optional.empty();
    }
}
