package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import vn.dldcaccess.shared.Messages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.security.AuthenticatedUser;
import vn.dldcaccess.security.CurrentUser;
import vn.dldcaccess.security.EngineWork;
import vn.dldcaccess.security.WebAccess;
import vn.dldcaccess.shared.RefusedException;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reconciliation pages' API (reconciliation.html), with the same session as the webapps or Basic: upload an
 * export, list the runs one may see, a run's differences, act on one, the run's XLSX report. A state-changing
 * request must carry X-Requested-With, which a cross-site form cannot send. Who may: {@link Scope}.
 */
@RestController
class ReconciliationController {
    private final ReconciliationRuns runs;
    private final DifferenceActions actions;
    private final ReconciliationViews views;
    private final CurrentUser currentUser;
    private final Actors actors;
    private final EngineWork engine;

    ReconciliationController(ReconciliationRuns runs, DifferenceActions actions, ReconciliationViews views,
                             CurrentUser currentUser, Actors actors, EngineWork engine) {
        this.runs = runs;
        this.actions = actions;
        this.views = views;
        this.currentUser = currentUser;
        this.actors = actors;
        this.engine = engine;
    }

    @PostMapping("/api/reconciliation/runs")
    ResponseEntity<?> upload(@RequestParam(required = false) String system, @RequestParam(required = false) String agency,
                             @RequestParam(value = "file", required = false) MultipartFile file,
                             HttpServletRequest request) throws IOException {
        return asUser(request, true, (user) -> {
            Actor actor = actors.of(user);
            AccountSystem s = system(system);
            // who may is checked before the file is read
            Scope.forNewRun(actor, s, agency);
            Optional<String> problem = vn.dldcaccess.shared.UploadedFile.problem(file, ExportFileReader.MAX_BYTES,
                    Wording.of("reconciliation.upload.file"));
            if (problem.isPresent()) {
                return ResponseEntity.badRequest().body(Map.of("message", problem.get()));
            }
            byte[] content;
            try {
                content = file.getBytes();
            } catch (IOException e) {
                throw new ReconciliationException("Upload unreadable: " + e, Wording.of("reconciliation.upload.unreadable"));
            }
            ReconciliationRun run = runs.run(s, agency, file.getOriginalFilename(), content, actor);
            return ResponseEntity.ok(views.run(run, actor));
        });
    }

    /** Official e-mail read straight from the mail directory (when one is configured), for the same people. */
    @PostMapping("/api/reconciliation/runs/directory")
    ResponseEntity<?> fromDirectory(@RequestParam(required = false) String agency, HttpServletRequest request) {
        return asUser(request, true, user -> {
            Actor actor = actors.of(user);
            return ResponseEntity.ok(views.run(runs.runFromDirectory(agency, actor), actor));
        });
    }

    @GetMapping("/api/reconciliation/runs")
    ResponseEntity<?> list(HttpServletRequest request) {
        return asUser(request, false, user -> {
            Actor actor = actors.of(user);
            return ResponseEntity.ok(Map.of("systems", views.systemsFor(actor), "mailDirectory", views.mailDirectory(),
                    "runs", runs.visibleTo(actor).stream().map(views::summary).toList()));
        });
    }

    @GetMapping("/api/reconciliation/runs/{id}")
    ResponseEntity<?> run(@PathVariable long id, HttpServletRequest request) {
        return asUser(request, false, user -> {
            Actor actor = actors.of(user);
            return ResponseEntity.ok(views.run(runs.get(id, actor), actor));
        });
    }

    @GetMapping("/api/reconciliation/runs/{id}/report.xlsx")
    ResponseEntity<?> report(@PathVariable long id, HttpServletRequest request) {
        return asUser(request, false, user -> {
            ReconciliationRun run = runs.get(id, actors.of(user));
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("doi-soat-" + run.ref() + ".xlsx").build().toString())
                    .contentType(MediaType.parseMediaType(
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(views.report(run));
        });
    }

    record ActionRequest(String action, String reason, String holder) {
    }

    @PostMapping("/api/reconciliation/differences/{id}")
    ResponseEntity<?> act(@PathVariable long id, @RequestBody(required = false) ActionRequest body,
                          HttpServletRequest request) {
        return asUser(request, true, user -> {
            ActionRequest in = body == null ? new ActionRequest(null, null, null) : body;
            Actor actor = actors.of(user);
            Difference d = engine.as(user, () -> actions.act(id, in.action(), in.reason(), in.holder(), actor));
            return ResponseEntity.ok(views.difference(d, actor));
        });
    }

    private ResponseEntity<?> asUser(HttpServletRequest request, boolean changes,
                                     Function<AuthenticatedUser, ResponseEntity<?>> work) {
        Optional<AuthenticatedUser> user = currentUser.resolve(request);
        if (user.isEmpty()) {
            return WebAccess.loginRequired();
        }
        if (changes && request.getHeader("X-Requested-With") == null) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", Messages.text("reconciliation.request.invalid")));
        }
        try {
            return work.apply(user.get());
        } catch (ReconciliationException.Busy e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                    .body(Map.of("message", e.vietnameseMessage()));
        } catch (ReconciliationException e) {
            boolean forbidden = e instanceof ReconciliationException.Forbidden;
            return ResponseEntity.status(forbidden ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST)
                    .body(Map.of("message", e.vietnameseMessage()));
        } catch (RefusedException e) {
            return ResponseEntity.badRequest().body(Map.of("message", e.vietnameseMessage()));
        }
    }

    private static AccountSystem system(String raw) {
        try {
            return AccountSystem.valueOf(raw == null ? "" : raw.strip());
        } catch (IllegalArgumentException e) {
            throw new ReconciliationException("Unknown system " + raw,
                    Wording.of("reconciliation.system.unknown"));
        }
    }
}
