package vn.dldcaccess.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dldcaccess.support.AppNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: the README's MariaDB start, run as written (the jar the build just packaged, the environment the README
 * sets), on a database of its own. Only what the README leaves to the reader is filled in: the "…" passwords, and
 * the database's address and user (the local server's root). It must come up ready, with the demo organization.
 */
class ReadmeStartIT {
    static final String DATABASE = "dldc_readme_it";

    @TempDir
    Path dir;

    /** The environment and command of the README's block under "## Running on MariaDB", after the build line. */
    static Map<String, String> readmeCommand(List<String> command) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## Running on MariaDB");
        int start = readme.indexOf("```bash", section) + "```bash".length();
        String block = readme.substring(start, readme.indexOf("```", start)).replace("\\\n", " ");
        Map<String, String> env = new LinkedHashMap<>();
        for (String line : block.strip().split("\n")) {
            if (line.startsWith("mvn ")) {
                continue;
            }
            Matcher m = Pattern.compile("\\s*([A-Z_]+)=('[^']*'|\\S*)").matcher(line);
            int end = 0;
            while (m.lookingAt()) {
                env.put(m.group(1), m.group(2).replace("'", ""));
                end = m.end();
                m.region(end, line.length());
            }
            for (String word : line.substring(end).trim().split("\\s+")) {
                command.add(word);
            }
        }
        return env;
    }

    @Test
    void theReadmesMariaDbStartComesUpReady() throws Exception {
        List<String> command = new ArrayList<>();
        Map<String, String> env = readmeCommand(command);
        assertThat(command).as("the README's command").startsWith("java").last().asString()
                .endsWith("target/dldc-access-0.1.0-SNAPSHOT.jar");
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "mariadb").containsKeys("DLDC_DB_URL",
                "DLDC_DB_PASSWORD", "DLDC_ADMIN_PASSWORD", "DLDC_SIGNING_DEMO");
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // what the README leaves to the reader: the passwords ("…"), and where the database is
        env.put("DLDC_DB_URL", env.get("DLDC_DB_URL").replace("/dldc_access?", "/" + DATABASE + "?"));
        env.put("DLDC_DB_USER", "root");
        env.put("DLDC_DB_PASSWORD", "");
        // HTTP Basic carries ISO-8859-1 only: an ASCII password to log in with below
        env.put("DLDC_ADMIN_PASSWORD", "Cau-My-Thuan-noi-doi-bo-2026");
        int port = AppNode.freePort();
        env.put("PORT", String.valueOf(port));
        command.set(command.size() - 1, Path.of(command.get(command.size() - 1)).toAbsolutePath().toString());
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("node.log").toFile());
        pb.environment().putAll(env);
        Process node = pb.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            boolean ready = false;
            for (long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3); !ready && System.nanoTime() < until; ) {
                assertThat(node.isAlive()).as("the node stopped:\n" + Files.readString(dir.resolve("node.log"))).isTrue();
                try {
                    ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                } catch (java.io.IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            assertThat(ready).as("ready within 3 minutes:\n" + Files.readString(dir.resolve("node.log"))).isTrue();
            HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/engine-rest/group?id=office-SLDTBXH")).header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("admin:" + env.get("DLDC_ADMIN_PASSWORD")).getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("office-SLDTBXH");
            // the demo PKI is made beside the running application once it is ready (issue 24): a few seconds after
            Path seals = dir.resolve("data/demo-pki/seals.p12");
            for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); !Files.exists(seals)
                    && System.nanoTime() < until; ) {
                Thread.sleep(250);
            }
            assertThat(Files.exists(seals)).as("the demo seals, as the README says").isTrue();
        } finally {
            node.destroy();
            node.waitFor(90, TimeUnit.SECONDS);
        }
    }
}
