package vn.dldcaccess.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dldcaccess.support.AppNode;
import vn.dldcaccess.support.SampleForms;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23: the open verification page against a stranger, on the application as it runs (its own JVM, a small
 * heap, out of memory it would exit). Eight of the worst files at once: each answered in Vietnamese (400, or 503
 * with Retry-After when the bulkhead is full), none 500; then the node still answers readiness, verifies a document
 * it issued honestly (while two clients trickle their files in: a slow sender holds a connection, never a slot for
 * reading), and holds an address to its per-minute allowance, however the path is spelled.
 */
class HostileFilesNodeTest {
    static final List<String> WORST = List.of("cross-reference stream inflating to 1 GiB", "page content inflating to 1 GiB",
            "LZW inflating to 1 GiB", "five streams of 15 MB each (80 MB together)", "1 100 signature fields (4.9 MB)",
            "field tree 5 000 deep", "arrays nested 5 000 deep", "an array of 700 000 numbers");

    @TempDir
    Path dir;

    @Test
    void eightHostileFilesAtOnceLeaveTheNodeAnsweringAndHonest() throws Exception {
        AppNode node = AppNode.launch(dir, "hostile", "vn.dldcaccess.DldcAccessApplication", Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0",
                "dldc.signing.demo-directory", dir.resolve("pki").toString()), "-Xmx384m").awaitReady();
        try {
            byte[] issued = issuedForm(node);
            // two clients that send their files a byte at a time, from addresses of their own: they hold a
            // connection each while everything below happens, never a slot for reading PDFs
            List<java.net.Socket> slow = new ArrayList<>();
            for (String from : List.of("127.0.0.2", "127.0.0.3")) {
                java.net.Socket socket = new java.net.Socket("127.0.0.1", node.port,
                        java.net.InetAddress.getByName(from), 0);
                socket.getOutputStream().write(("POST /api/verify HTTP/1.1\r\nHost: x\r\nX-Requested-With: x\r\n"
                        + "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n--b\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF")
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Map<String, HostilePdfs.Hostile> all = HostilePdfs.all();
            List<byte[]> files = WORST.stream().map(n -> all.get(n).file().get()).toList();

            ExecutorService pool = Executors.newFixedThreadPool(files.size());
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (byte[] f : files) {
                answers.add(pool.submit((Callable<HttpResponse<String>>) () -> node.upload(null, "/api/verify", "a.pdf", f)));
            }
            for (int i = 0; i < answers.size(); i++) {
                HttpResponse<String> r = answers.get(i).get();
                assertThat(r.statusCode()).as(WORST.get(i) + ": " + r.body()).isIn(400, 503);
                assertThat(AppNode.JSON.readTree(r.body()).get("message").asText()).as(WORST.get(i)).startsWith(
                        r.statusCode() == 400 ? "Tệp" : "Hệ thống đang kiểm tra nhiều tệp");
                if (r.statusCode() == 503) {
                    assertThat(r.headers().firstValue("Retry-After")).isPresent();
                }
            }
            pool.shutdown();

            assertThat(node.process.isAlive()).isTrue();
            assertThat(node.get(null, "/actuator/health/readiness").statusCode()).isEqualTo(200);
            JsonNode honest = AppNode.JSON.readTree(node.upload(null, "/api/verify", "phieu.pdf", issued).body());
            assertThat(honest.get("verdict").asText()).isEqualTo("Văn bản nguyên vẹn, đúng bản do hệ thống phát hành.");
            assertThat(honest.at("/document/kind").asText()).isEqualTo("Phiếu đăng ký tài khoản");

            // the address has used nine of its ten a minute: the tenth is read, the eleventh waits
            assertThat(node.upload(null, "/api/verify", "b.pdf", files.get(0)).statusCode()).isEqualTo(400);
            HttpResponse<String> eleventh = node.upload(null, "/api/verify", "c.pdf", issued);
            assertThat(eleventh.statusCode()).isEqualTo(429);
            assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
            assertThat(AppNode.JSON.readTree(eleventh.body()).get("message").asText())
                    .startsWith("Địa chỉ của Anh/Chị đã gửi kiểm tra quá 10 tệp trong một phút.");
            // nor may another spelling of the path reach the page past its allowance
            for (String spelling : List.of("/api/verify;jsessionid=x", "/api//verify", "/api/verify/", "/api/%76erify",
                    "/api;a=b/verify")) {
                assertThat(node.upload(null, spelling, "d.pdf", issued).statusCode()).as(spelling).isIn(404, 429);
            }
            for (java.net.Socket socket : slow) {
                socket.close();
            }
            assertThat(node.logLines()).noneMatch(l -> l.contains("OutOfMemoryError") || l.contains("StackOverflowError"));
        } finally {
            node.stop();
        }
    }

    /** Form 1658 as issued: filed, confirmed by the unit head, rendered; downloaded by the agency office. */
    static byte[] issuedForm(AppNode node) throws Exception {
        Map<String, Object> form = SampleForms.valid("079190000123", "SLDTBXH_VL", "huongnt@angiang.gov.vn");
        form.put("fullName", "Nguyễn Thị Hường");
        HttpResponse<String> filed = node.post("ldtb.cv1",
                "/engine-rest/process-definition/key/Process_AccountRegistration/submit-form", AppNode.variables(form));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        String number = AppNode.JSON.readTree(filed.body()).get("businessKey").asText();
        String task = AppNode.JSON.readTree(node.get("ldtb.tp1", "/engine-rest/task?processInstanceBusinessKey="
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)).body()).get(0).get("id").asText();
        assertThat(node.post("ldtb.tp1", "/engine-rest/task/" + task + "/submit-form",
                AppNode.variables(Map.of("decision", "CONFIRM"))).statusCode()).isEqualTo(204);
        String query = "/api/register?q=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < 120; i++) {
            JsonNode rows = AppNode.JSON.readTree(node.get("ldtb.vp", query).body()).get("rows");
            if (rows != null && rows.size() == 1) {
                JsonNode docs = AppNode.JSON.readTree(node.get("ldtb.vp", "/api/register/requests/"
                        + rows.get(0).get("id").asText()).body()).get("documents");
                if (docs != null && docs.size() > 0) {
                    return node.bytes("ldtb.vp", docs.get(0).get("url").asText());
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("form 1658 of " + number + " was not rendered");
    }
}
