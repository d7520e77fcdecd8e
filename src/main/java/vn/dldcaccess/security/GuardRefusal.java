package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
                "Anh/Chị không có quyền thực hiện thao tác này. Mỗi bước chỉ làm được qua biểu mẫu của công việc "
                        + "được giao cho Anh/Chị.", "not allowed for people");
    }

    static GuardRefusal forbidden(String vietnamese, String reason) {
        return new GuardRefusal(403, "AccessDenied", vietnamese, reason);
    }

    static GuardRefusal badForm(List<String> problems) {
        return new GuardRefusal(400, "InvalidInput",
                "Biểu mẫu gửi lên không đúng: " + String.join("; ", problems) + ".",
                problems.size() + " field problem(s)");
    }

    static GuardRefusal bad(String vietnamese, String reason) {
        return new GuardRefusal(400, "InvalidInput", vietnamese, reason);
    }

    static GuardRefusal taskNotFound() {
        return new GuardRefusal(404, "NotFound", "Không tìm thấy công việc (có thể đã được hoàn thành).",
                "no such task");
    }

    static GuardRefusal processNotFound() {
        return new GuardRefusal(404, "NotFound", "Không tìm thấy quy trình.", "no such process");
    }

    static GuardRefusal tooLarge(int maxBytes) {
        return new GuardRefusal(413, "InvalidInput", "Nội dung gửi lên quá lớn (tối đa "
                + maxBytes / 1024 + " KB). Biểu mẫu không nhận tệp hay dữ liệu đính kèm.", "body too large");
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
