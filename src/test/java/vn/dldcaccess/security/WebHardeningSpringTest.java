package vn.dldcaccess.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.WebappSession;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The doors around the processes, over HTTP as a browser or a script meets them: security headers, the log-out's
 * CSRF check, the upload limit, the log-in throttle, the password policy on a person's own password, the
 * administrator's password outside the demo, what the webapps are given to show, and error answers without
 * class names.
 */
class WebHardeningSpringTest extends AbstractSpringTest {
    static final String PROBE = "haidang.probe";
    // HTTP Basic carries ISO-8859-1 only, so the scripted password is ASCII; the new one below is typed in Vietnamese
    static final String PROBE_PASSWORD = "Song-Hau-mua-nuoc-noi-2026";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @AfterEach
    void removeProbe() {
        if (engine.getIdentityService().createUserQuery().userId(PROBE).count() > 0) {
            engine.getIdentityService().deleteUser(PROBE);
        }
    }

    /** A person of no agency, made for this test so that slowing their log-ins slows no other test. */
    void probeUser() {
        IdentityService identity = engine.getIdentityService();
        User u = identity.newUser(PROBE);
        u.setFirstName("Hải");
        u.setLastName("Đăng");
        u.setPassword(PROBE_PASSWORD);
        identity.saveUser(u);
    }

    @Test
    void pagesAndApisCarryTheSecurityHeaders() {
        for (String path : new String[]{"/register.html", "/api/session"}) {
            ResponseEntity<String> r = rest.withBasicAuth("ldtb.vp", "demo").getForEntity(path, String.class);
            assertThat(r.getStatusCode().value()).as(path).isEqualTo(200);
            HttpHeaders h = r.getHeaders();
            assertThat(h.getFirst("Content-Security-Policy")).as(path).contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(h.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(h.getFirst("Referrer-Policy")).isEqualTo("same-origin");
            // plain HTTP here: HSTS is for HTTPS only (the MariaDB profile's secure cookies and HSTS, README)
            assertThat(h.getFirst("Strict-Transport-Security")).isNull();
        }
        assertThat(rest.getForObject("/register.html", String.class)).doesNotContainPattern("<script>[^<]")
                .doesNotContain("onclick=");
    }

    @Test
    void theLogOutNeedsTheSessionsCsrfToken() throws Exception {
        WebappSession s = WebappSession.login(port, "ldtb.vp", "demo");
        HttpResponse<String> forged = s.send("POST", "/api/session/logout", null, null, false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Yêu cầu đăng xuất không hợp lệ").doesNotContain("Exception");
        assertThat(s.get("/api/session").body()).contains("\"user\":\"ldtb.vp\"");
        // the page sends the token /api/session gave it, the one the webapps keep in their cookie
        String token = new com.fasterxml.jackson.databind.ObjectMapper().readTree(s.get("/api/session").body())
                .get("csrfToken").asText();
        assertThat(token).isEqualTo(s.csrfToken());
        HttpResponse<String> out = s.send("POST", "/api/session/logout", null, null, true);
        assertThat(out.statusCode()).isEqualTo(204);
        assertThat(s.get("/api/session").statusCode()).isEqualTo(401);
    }

    @Test
    void anUploadAboveFiveMegabytesIsRefusedInWords() {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(new byte[5 * 1024 * 1024 + 1]) {
            @Override
            public String getFilename() {
                return "tra-loi.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.add("X-Requested-With", "test");
        ResponseEntity<String> r = rest.withBasicAuth("stttt.cv", "demo").postForEntity(
                "/api/aggregation/batches/1/pc06-reply", new HttpEntity<>(body, headers), String.class);
        assertThat(r.getStatusCode().value()).isEqualTo(413);
        assertThat(r.getBody()).contains("Tệp lớn hơn 5 MB").doesNotContain("Exception");
    }

    @Test
    void wrongPasswordsMakeTheGuesserWaitAndTheRightOneStillWorksAfterwards() throws Exception {
        probeUser();
        for (int i = 0; i < 3; i++) {
            assertThat(webappLogin("sai mật khẩu " + i).statusCode()).isEqualTo(401);
        }
        // the fourth try comes too soon: refused before the password is even looked at, in Vietnamese
        HttpResponse<String> slowed = webappLogin(PROBE_PASSWORD);
        assertThat(slowed.statusCode()).isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(slowed.body()).contains("Đăng nhập sai nhiều lần").contains("thử lại sau 1 giây");
        assertThat(rest.withBasicAuth(PROBE, PROBE_PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value()).as("HTTP Basic waits too").isEqualTo(429);
        Thread.sleep(1100);
        assertThat(rest.withBasicAuth(PROBE, PROBE_PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value()).isEqualTo(200);
        // the success cleared the person's count: one more typo is not slowed
        assertThat(webappLogin("sai").statusCode()).isEqualTo(401);
        assertThat(rest.withBasicAuth(PROBE, PROBE_PASSWORD).getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    HttpResponse<String> webappLogin(String password) {
        WebappSession s = WebappSession.anonymous(port);
        return s.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", "username=" + PROBE
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", true);
    }

    @Test
    void aPersonsNewPasswordFollowsThePolicyInVietnamese() {
        probeUser();
        String path = "/engine-rest/user/" + PROBE + "/credentials";
        for (String weak : new String[]{"Ngắn-1", "123456789012", "Matkhau@2026!", "haidang.probe-2026"}) {
            ResponseEntity<String> r = credentials(path, weak, PROBE_PASSWORD);
            assertThat(r.getStatusCode().value()).as(weak).isEqualTo(400);
            assertThat(r.getBody()).as(weak).contains("Mật khẩu chưa đạt yêu cầu").contains("ít nhất 12 ký tự")
                    .doesNotContain("Exception").doesNotContain("policy");
        }
        ResponseEntity<String> wrongCurrent = credentials(path, "Phù sa bồi đắp miền Tây 2026", "không phải mật khẩu");
        assertThat(wrongCurrent.getStatusCode().value()).isEqualTo(400);
        assertThat(wrongCurrent.getBody()).contains("Mật khẩu hiện tại của Anh/Chị không đúng");
        assertThat(credentials(path, "Phù sa bồi đắp miền Tây 2026", PROBE_PASSWORD).getStatusCode().value()).isEqualTo(204);
        assertThat(webappLogin(PROBE_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(webappLogin("Phù sa bồi đắp miền Tây 2026").statusCode()).isNotIn(401, 429);
        // the administrator making a user in Admin meets the same policy
        ResponseEntity<String> made = rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/user/create",
                json(Map.of("profile", Map.of("id", "haidang.moi", "firstName", "Hải", "lastName", "Đăng"),
                        "credentials", Map.of("password", "12345678"))), String.class);
        assertThat(made.getStatusCode().value()).isEqualTo(400);
        assertThat(made.getBody()).contains("Mật khẩu chưa đạt yêu cầu");
        assertThat(engine.getIdentityService().createUserQuery().userId("haidang.moi").count()).isZero();
        // nobody sets another person's password, not even a correct-looking one
        assertThat(rest.withBasicAuth("ldtb.vp", "demo").exchange(path, HttpMethod.PUT, json(Map.of("password",
                "Phù sa bồi đắp miền Tây 2027", "authenticatedUserPassword", "demo")), String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aPasswordBuiltFromTheNamesOfThePersonIsRefusedNamingTheRule() {
        IdentityService identity = engine.getIdentityService();
        User u = identity.newUser(PROBE);
        u.setFirstName("Ngô Đức");
        u.setLastName("Thịnh");
        u.setEmail("thinhnd@angiang.gov.vn");
        u.setPassword(PROBE_PASSWORD);
        identity.saveUser(u);
        String path = "/engine-rest/user/" + PROBE + "/credentials";
        Map<String, String> found = Map.of("thinhnd12345678", "thinhnd", "ngoducthinh123", "ngoducthinh",
                "ThinhNgoDuc2026!", "thinhngoduc");
        for (var weak : found.entrySet()) {
            ResponseEntity<String> r = credentials(path, weak.getKey(), PROBE_PASSWORD);
            assertThat(r.getStatusCode().value()).as(weak.getKey()).isEqualTo(400);
            assertThat(r.getBody()).as(weak.getKey()).contains("Mật khẩu chưa đạt yêu cầu: mật khẩu được ghép từ tên "
                    + "của người dùng (“" + weak.getValue() + "”)").contains("kể cả viết không dấu")
                    .doesNotContain("Exception");
        }
        // a rule of another kind is named as such
        assertThat(credentials(path, "Matkhau@2026!", PROBE_PASSWORD).getBody())
                .contains("mật khẩu là mật khẩu phổ biến, dễ đoán").doesNotContain("ghép từ tên");
        assertThat(credentials(path, "Phù sa bồi đắp miền Tây 2026", PROBE_PASSWORD).getStatusCode().value())
                .isEqualTo(204);
    }

    ResponseEntity<String> credentials(String path, String password, String current) {
        return rest.withBasicAuth(PROBE, PROBE_PASSWORD).exchange(path,
                HttpMethod.PUT, json(Map.of("password", password, "authenticatedUserPassword", current)), String.class);
    }

    static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    @Test
    void outsideTheDemoAWeakAdministratorPasswordStopsTheStart() {
        // issue 24: each refusal says which rule the password broke
        Map<String, String> broken = new java.util.LinkedHashMap<>();
        broken.put("demo", "it is the demo password 'demo'");
        broken.put("", "DLDC_ADMIN_PASSWORD is not set");
        broken.put("Matkhau@2026!", "it is a common password");
        broken.put("demo-admin-2026", "it contains the user name");
        broken.put("abc", "it is shorter than 12 characters");
        broken.forEach((weak, rule) -> {
            AdminAccount admin = new AdminAccount(engine, new SecurityProperties("demo-admin", weak, false, "prometheus", "", null), "");
            assertThatThrownBy(() -> admin.run(null)).as(weak).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("DLDC_ADMIN_PASSWORD").hasMessageContaining(rule);
        });
        AdminAccount initial = new AdminAccount(engine, new SecurityProperties("demo",
                "Bến Ninh Kiều sáng nay 2026", false, "prometheus", "", null), "demo");
        assertThatThrownBy(() -> initial.run(null)).hasMessageContaining("DLDC_INITIAL_PASSWORD");
    }

    @Test
    void theWebappsAreGivenEscapedTextAndScriptsThePlainText() {
        String evil = "<img src=x onerror=alert(1)>";
        String body = "{\"variables\": {\"" + evil + "\": {\"value\": \"x\"}}}";
        WebappSession s = WebappSession.login(port, "ldtb.vp", "demo");
        HttpResponse<String> webapp = s.engine("POST", "process-definition/key/Process_AccountRecording/submit-form",
                body, true);
        assertThat(webapp.statusCode()).isEqualTo(400);
        assertThat(webapp.body()).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img");
        ResponseEntity<String> script = rest.withBasicAuth("ldtb.vp", "demo").postForEntity(
                "/engine-rest/process-definition/key/Process_AccountRecording/submit-form", json(body.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), String.class);
        assertThat(script.getStatusCode().value()).isEqualTo(400);
        assertThat(script.getBody()).contains(evil);
    }

    @Test
    void errorsNameNoClassAndSpeakVietnamese() {
        ResponseEntity<String> missing = rest.withBasicAuth("ldtb.vp", "demo").getForEntity("/api/khong-co", String.class);
        assertThat(missing.getStatusCode().value()).isEqualTo(404);
        assertThat(missing.getBody()).contains("Không tìm thấy");
        ResponseEntity<String> broken = rest.withBasicAuth("ldtb.vp", "demo").postForEntity(
                "/engine-rest/process-definition/key/Process_AccountRecording/submit-form", json("{\"variables\": {"),
                String.class);
        assertThat(broken.getStatusCode().value()).isEqualTo(400);
        ResponseEntity<String> noTask = rest.withBasicAuth("ldtb.vp", "demo").getForEntity("/engine-rest/task/khong-co",
                String.class);
        assertThat(noTask.getStatusCode().value()).isEqualTo(404);
        ResponseEntity<String> badDoc = rest.withBasicAuth("ldtb.vp", "demo").getForEntity("/api/documents/abc",
                String.class);
        assertThat(badDoc.getStatusCode().value()).isEqualTo(404);
        for (ResponseEntity<String> r : java.util.List.of(missing, broken, noTask, badDoc)) {
            assertThat(r.getBody()).doesNotContain("Exception").doesNotContain("java.").doesNotContain("at org.")
                    .doesNotContain("trace").containsPattern("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]");
        }
    }
}
