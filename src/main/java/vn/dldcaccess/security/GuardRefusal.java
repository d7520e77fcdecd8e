package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A call the guard refuses: the status, the Vietnamese message a person reads (in the engine REST API's own
 * error shape, so the Tasklist shows it) and an English reason for the log.
 */
record GuardRefusal(int status, String type, String message, String reason) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static GuardRefusal forbidden() {
        return new GuardRefusal(403, "AccessDenied",
                Messages.text("security.guard.forbidden"), "not allowed for people");
    }

    static GuardRefusal forbidden(String vietnamese, String reason) {
        return new GuardRefusal(403, "AccessDenied", vietnamese, reason);
    }

    static GuardRefusal badForm(List<String> problems) {
        return new GuardRefusal(400, "InvalidInput",
                Messages.text("security.guard.badForm", String.join("; ", problems)),
                problems.size() + " field problem(s)");
    }

    static GuardRefusal bad(String vietnamese, String reason) {
        return new GuardRefusal(400, "InvalidInput", vietnamese, reason);
    }

    static GuardRefusal taskNotFound() {
        return new GuardRefusal(404, "NotFound", Messages.text("security.guard.taskNotFound"),
                "no such task");
    }

    static GuardRefusal processNotFound() {
        return new GuardRefusal(404, "NotFound", Messages.text("security.guard.processNotFound"), "no such process");
    }

    static GuardRefusal tooLarge(int maxBytes) {
        return new GuardRefusal(413, "InvalidInput", Messages.text("security.guard.tooLarge", maxBytes / 1024), "body too large");
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", WebappMessages.forCaller(message, request));
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
