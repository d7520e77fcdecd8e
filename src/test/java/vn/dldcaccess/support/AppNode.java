package vn.dldcaccess.support;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application in its own JVM, as {@code java -jar} runs it, on the test's class path: for what only a real
 * process shows (kill -9, several nodes on one database, a restart on a restored dump).
 */
public final class AppNode {
    public static final ObjectMapper JSON = new ObjectMapper();
    public final Process process;
    public final int port;
    public final Path log;
    public final String name;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public volatile boolean killed;

    private AppNode(Process process, int port, Path log, String name) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.name = name;
    }

    /** Starts the JVM and returns at once; {@link #awaitReady()} waits for readiness. */
    public static AppNode launch(Path dir, String name, String mainClass, Map<String, String> properties)
            throws IOException {
        return launch(dir, name, mainClass, properties, "-Xmx512m");
    }

    /** @param heap the JVM's heap option ({@code -Xmx…}); out of memory it exits, as the README runs it */
    public static AppNode launch(Path dir, String name, String mainClass, Map<String, String> properties, String heap)
            throws IOException {
        int port = freePort();
        Path log = dir.resolve(name + ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
                "-Duser.timezone=Asia/Ho_Chi_Minh", "-cp", System.getProperty("java.class.path"), mainClass,
                "--server.port=" + port, "--spring.main.banner-mode=off", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + freePort()));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        Process p = new ProcessBuilder(command)
                // not the project directory: its bpmn/ would be deployed a second time from the class path's "."
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppNode(p, port, log, name);
    }

    public static AppNode start(Path dir, String name, String mainClass, Map<String, String> properties)
            throws Exception {
        return launch(dir, name, mainClass, properties).awaitReady();
    }

    /** Until readiness answers UP (3 minutes at most; the node is killed and its log shown otherwise). */
    public AppNode awaitReady() throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped while starting:\n" + tail());
            }
            try {
                if (get(null, "/actuator/health/readiness").statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        kill();
        throw new AssertionError(name + " did not start in 180 s:\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no flush, no closing of the database. */
    public void kill() throws InterruptedException {
        killed = true;
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the graceful shutdown a service manager does. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            kill();
        }
    }

    public HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> post(String user, String path, Object body) throws IOException, InterruptedException {
        return http.send(request(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public byte[] bytes(String user, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode());
        }
        return r.body();
    }

    /** A file as a browser's form sends it (multipart/form-data, field "file"). */
    public HttpResponse<String> upload(String user, String path, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----dldc" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return http.send(request(user, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "dldc-access")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60));
        return user == null ? b : b.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":demo").getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** The engine REST API's body for a form submission: each value as {"value": …}. */
    public static Map<String, Object> variables(Map<String, Object> form) {
        Map<String, Object> vars = new java.util.LinkedHashMap<>();
        form.forEach((k, v) -> vars.put(k, Map.of("value", v)));
        return Map.of("variables", vars);
    }

    public List<String> logLines() throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    /** The first error with its causes, and the last 40 lines: what a failed start needs to be understood. */
    public String tail() throws IOException {
        List<String> lines = logLines();
        String last = String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(" ERROR ")) {
                return "first error:\n" + String.join("\n", lines.subList(i, Math.min(lines.size(), i + 80)))
                        .lines().filter(l -> !l.startsWith("\tat ") || l.contains("dldcaccess"))
                        .collect(java.util.stream.Collectors.joining("\n")) + "\n...\nlast lines:\n" + last;
            }
        }
        return last;
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
