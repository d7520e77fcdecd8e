package vn.dldcaccess.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * The one door to the engine for people: both mounts of the engine's REST resources (the engine REST API and
 * the webapps' copy the Tasklist uses) let a person read what the engine's authorizations show them, start a
 * process through its start form, claim a task for themselves and complete it through its own form, and change
 * their own password. Everything else (writing variables, adding identity links, assigning, messages, signals,
 * modifications, deletions, deployments, jobs, other users' groups) is an administrator's and is refused with a
 * Vietnamese 403 before the engine sees it. Forms take exactly their own fields ({@link FormSubmissionCheck}),
 * administrators' included.
 */
class EngineApiGuard extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);
    static final int MAX_BODY_BYTES = 512 * 1024;
    private static final String ID = "[^/]+";
    /** Queries sent as POST (they only read, under the engine's authorizations). */
    private static final String READ_QUERIES = "task|task/count|filter/" + ID + "/(list|count|singleResult)"
            + "|process-instance|process-instance/count|execution|execution/count|variable-instance"
            + "|variable-instance/count|history/(task|process-instance|activity-instance|variable-instance|detail"
            + "|identity-link-log)(/count)?|identity/password-policy";

    private final EngineCallers callers;
    private final EngineTargets targets;
    private final FormCatalog catalog;
    private final NewPasswords passwords;

    EngineApiGuard(EngineCallers callers, EngineTargets targets, FormCatalog catalog, NewPasswords passwords) {
        this.callers = callers;
        this.targets = targets;
        this.catalog = catalog;
        this.passwords = passwords;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRequest call = EngineRequest.of(request);
        EngineCallers.Caller caller = call.isEngine() ? callers.of(request, call) : null;
        if (caller == null) {
            // not the engine's resources, or nobody logged in: those answer for themselves (401, their own checks)
            chain.doFilter(request, response);
            return;
        }
        byte[] body = null;
        if (call.method().equals("POST") || call.method().equals("PUT") || call.method().equals("PATCH")) {
            body = CachedBodyRequest.read(request, MAX_BODY_BYTES);
            if (body == null) {
                refuse(request, response, call, caller, GuardRefusal.tooLarge(MAX_BODY_BYTES));
                return;
            }
        }
        GuardRefusal refusal = caller.admin() ? submissionRefusal(call, body) : personRefusal(call, caller, request, body);
        if (refusal == null) {
            refusal = passwords.refusal(call, body);
        }
        if (refusal != null) {
            refuse(request, response, call, caller, refusal);
            return;
        }
        chain.doFilter(body == null ? request : new CachedBodyRequest(request, body), response);
    }

    private GuardRefusal personRefusal(EngineRequest call, EngineCallers.Caller caller, HttpServletRequest request,
                                       byte[] body) {
        switch (call.method()) {
            case "GET", "HEAD", "OPTIONS" -> {
                return IdentityQueries.leak(call, request, caller.userId());
            }
            case "PUT" -> {
                return call.is("PUT", "user/" + ID + "/credentials") && caller.userId().equals(call.segment(1)) ? null
                        : GuardRefusal.forbidden();
            }
            case "POST" -> {
                if (call.path().matches(READ_QUERIES)) {
                    return null;
                }
                if (call.is("POST", "task/" + ID + "/claim")) {
                    return TaskRules.claim(body, caller.userId());
                }
                if (call.is("POST", "task/" + ID + "/unclaim")) {
                    var task = targets.task(call.segment(1));
                    return task.isEmpty() ? GuardRefusal.taskNotFound() : TaskRules.unclaim(task.get());
                }
                if (call.is("POST", "task/" + ID + "/comment/create")) {
                    return TaskRules.comment(body);
                }
                GuardRefusal submission = submissionRefusal(call, body);
                return submission != null || isSubmission(call) ? submission : GuardRefusal.forbidden();
            }
            default -> {
                return GuardRefusal.forbidden();
            }
        }
    }

    private static boolean isSubmission(EngineRequest call) {
        return call.is("POST", "task/" + ID + "/(submit-form|complete)")
                || call.is("POST", "process-definition/(key/" + ID + "(/tenant-id/" + ID + ")?|" + ID + ")/submit-form");
    }

    /** A start form or a task completion: exactly the fields of its own form. Null when it fits. */
    private GuardRefusal submissionRefusal(EngineRequest call, byte[] body) {
        // (no Optional.map here: "fits the form" is a null refusal)
        if (call.is("POST", "task/" + ID + "/(submit-form|complete)")) {
            var task = targets.task(call.segment(1));
            return task.isEmpty() ? GuardRefusal.taskNotFound() : formProblems(body, task.get().formId());
        }
        if (call.is("POST", "process-definition/key/" + ID + "(/tenant-id/" + ID + ")?/submit-form")) {
            var start = targets.startOfKey(call.segment(2));
            return start.isEmpty() ? GuardRefusal.processNotFound() : formProblems(body, start.get().formId());
        }
        if (call.is("POST", "process-definition/" + ID + "/submit-form")) {
            var start = targets.startOfId(call.segment(1));
            return start.isEmpty() ? GuardRefusal.processNotFound() : formProblems(body, start.get().formId());
        }
        if (call.is("POST", "process-definition/(key/" + ID + "(/tenant-id/" + ID + ")?|" + ID + ")/start")) {
            // a process with a start form starts through it; the administrator's bare start carries no variables
            return FormSubmissionCheck.problems(body, null).isEmpty() ? null : GuardRefusal.forbidden();
        }
        return null;
    }

    private GuardRefusal formProblems(byte[] body, String formId) {
        FormSchema form = formId == null ? null : catalog.form(formId).orElse(null);
        List<String> problems = FormSubmissionCheck.problems(body, form);
        return problems.isEmpty() ? null : GuardRefusal.badForm(problems);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, EngineRequest call, EngineCallers.Caller caller,
                               GuardRefusal refusal) throws IOException {
        log.info("Engine API call refused: {} {} by {} ({}, {})", call.method(), call.path(), caller.userId(),
                refusal.status(), refusal.reason());
        refusal.write(request, response);
    }
}
