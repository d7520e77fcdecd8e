package vn.dldcaccess.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.WebappSession;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers nobody asks for: the error page opened by hand, an upload that is not a file upload, the web
 * server's own refusals (an encoded slash, a request line too long), a webapp call without its CSRF token. Each is
 * a 4xx in Vietnamese, names no server, class or version, and leaves the person logged in.
 */
class ErrorPagesSpringTest extends AbstractSpringTest {
    @LocalServerPort
    int port;

    @Test
    void theErrorPageOpenedByHandIsA404InVietnamese() throws Exception {
        HttpResponse<String> json = send("GET", "/error", "application/json", null, null);
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("Không tìm thấy").doesNotContain("Exception");
        HttpResponse<String> html = send("GET", "/error", "text/html", null, null);
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("Không thực hiện được").doesNotContainIgnoringCase("whitelabel");
    }

    @Test
    void anUploadThatIsNotAFileUploadIsA400InVietnamese() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("stttt.cv:demo".getBytes(StandardCharsets.UTF_8));
        String director = "Basic " + Base64.getEncoder().encodeToString("ldtb.gd:demo".getBytes(StandardCharsets.UTF_8));
        String[][] uploads = {
                {"/api/aggregation/batches/1/pc06-reply", basic},
                {"/api/verify", null},
                {"/api/agency-letters/CV-1/signed", director}};
        for (String[] upload : uploads) {
            for (String type : new String[]{"application/json", "text/plain", "application/x-www-form-urlencoded",
                    "multipart/form-data"}) {
                HttpResponse<String> r = send("POST", upload[0], "application/json", upload[1],
                        HttpRequest.BodyPublishers.ofString(type.startsWith("application/x") ? "file=abc" : "{\"file\":1}"),
                        "Content-Type", type, "X-Requested-With", "test");
                assertThat(r.statusCode()).as(upload[0] + " " + type).isIn(400, 415);
                assertThat(r.body()).as(upload[0] + " " + type).contains("tệp").doesNotContain("Exception")
                        .doesNotContain("multipart/form-data;");
            }
        }
    }

    @Test
    void theWebServersOwnRefusalsAreVietnameseAndNameNoServer() throws IOException {
        for (String target : new String[]{"/api/documents/1%2F2", "/register.html?q=" + "a".repeat(20_000),
                "/camunda/app/%2e%2e/%2F"}) {
            String answer = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            assertThat(body).as(target).contains("Yêu cầu không hợp lệ").doesNotContain("Tomcat")
                    .doesNotContain("HTTP Status").doesNotContain("Bad Request");
            assertThat(answer).as(target).contains("charset=utf-8");
        }
    }

    @Test
    void aWebappCallWithoutItsCsrfTokenIsRefusedInVietnameseAndTheSessionGoesOn() {
        WebappSession s = WebappSession.login(port, "ldtb.vp", "demo");
        for (String path : new String[]{WebappSession.ENGINE + "task/count", "/camunda/api/admin/auth/user/default/logout",
                "/camunda/app/tasklist/default/"}) {
            HttpResponse<String> forged = s.send("POST", path, "{}", "application/json", false);
            assertThat(forged.statusCode()).as(path).isEqualTo(403);
            assertThat(forged.body()).as(path).contains("không hợp lệ").doesNotContain("CSRFPreventionFilter")
                    .doesNotContain("Tomcat");
            HttpResponse<String> after = s.get("/camunda/api/admin/auth/user/default");
            assertThat(after.statusCode()).as("still logged in after " + path).isEqualTo(200);
            assertThat(after.body()).contains("\"userId\":\"ldtb.vp\"");
            assertThat(s.engine("GET", "task/count", null, false).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> send(String method, String path, String accept, String authorization,
                                      HttpRequest.BodyPublisher body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A request as written, past any client's own checks, and the whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
