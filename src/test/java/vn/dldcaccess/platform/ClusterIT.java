package vn.dldcaccess.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dldcaccess.support.AppNode;
import vn.dldcaccess.support.SampleForms;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes on one MariaDB database, each in its own JVM as a data centre runs them: three started at the
 * same moment on a fresh database, two more on the same database; every start succeeds with no ERROR in its log
 * and no loader writes anything twice. Then one of two running nodes is killed with SIGKILL while it holds a
 * job: the other runs the job once the lock lapses, and the job's work is committed exactly once. Last, the
 * database is backed up and restored with the README's scripts and a node runs on the copy.
 */
class ClusterIT {
    static final String SERVER = System.getProperty("dldc.test.mariadb.server", "jdbc:mariadb://127.0.0.1:3306/");
    static final String DATABASE = "dldc_cluster_it";
    static final String RESTORED = "dldc_cluster_restored";

    @TempDir
    Path dir;
    final List<AppNode> launched = new ArrayList<>();

    /** A failed assertion must not leave nodes running on the machine. */
    @org.junit.jupiter.api.AfterEach
    void killLeftovers() throws InterruptedException {
        for (AppNode node : launched) {
            if (node.process.isAlive()) {
                node.kill();
            }
        }
    }

    @Test
    void nodesStartTogetherShareOneDatabaseAndTakeOverADeadNodesJob() throws Exception {
        try (Connection c = server(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        List<AppNode> fresh = startTogether("fresh", 3, "dldc.platform.shutdown-drain", "3s");
        assertCleanStarts(fresh);
        assertNoDuplicates();
        readinessGoesDownBeforeTheNodeStops(fresh.get(0));
        for (AppNode node : fresh) {
            node.stop();
        }

        // the second round logs as production does: ECS JSON, masked
        List<AppNode> again = startTogether("existing", 2, "spring.profiles.active", "json-logs",
                "probe.start", "true");
        assertCleanStarts(again);
        assertNoDuplicates();

        AppNode survivor = failover(again);
        backupAndRestore(survivor);
    }

    /**
     * The README's procedure: docker/backup.sh while the node runs, docker/restore.sh into an empty database, a
     * node started on it. Every table has the same rows, every document still matches its SHA-256, and the
     * restored node shows the unit head the requests waiting for her.
     */
    void backupAndRestore(AppNode node) throws Exception {
        String[][] applicants = {{"ldtb.cv1", "SLDTBXH_VL"}, {"ldtb.cv3", "SLDTBXH_VL"}, {"stp.cv1", "STP_HCTP"}};
        for (int i = 0; i < applicants.length; i++) {
            Map<String, Object> form = SampleForms.as(applicants[i][0], SampleForms.valid(
                    String.format("08919001100%d", i + 1), applicants[i][1], "backup" + i + "@angiang.gov.vn"));
            var r = node.post(applicants[i][0], "/engine-rest/process-definition/key/Process_AccountRegistration"
                    + "/submit-form", AppNode.variables(form));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        // the two requests of SLDTBXH_VL confirmed (their forms' PDFs are made), STP's left for its unit head
        for (var task : AppNode.JSON.readTree(node.get("ldtb.tp1",
                "/engine-rest/task?taskDefinitionKey=Task_ConfirmByUnitHead").body())) {
            var r = node.post("ldtb.tp1", "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                    Map.of("variables", Map.of("decision", Map.of("value", "CONFIRM"))));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
        }
        long until = System.currentTimeMillis() + 60_000;
        while (count(DATABASE, "doc_document") < 2 && System.currentTimeMillis() < until) {
            Thread.sleep(250);
        }
        assertThat(count(DATABASE, "doc_document")).as("the confirmed forms' PDFs").isEqualTo(2);

        Path dump = dir.resolve("dldc.sql.gz");
        // taken while the node runs, as a data centre does (one consistent snapshot, nothing locked)
        run("docker/backup.sh", DATABASE, dump.toString());
        node.stop();
        try (Connection c = server(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + RESTORED);
        }
        String restoreOutput = run("docker/restore.sh", RESTORED, dump.toString());
        assertThat(restoreOutput).contains("every SHA-256 verified");

        // the engine's usage meters are flushed by the stopping node after the dump: the one table that may differ
        Map<String, Long> original = counts(DATABASE);
        Map<String, Long> copy = counts(RESTORED);
        original.remove("act_ru_meter_log");
        copy.remove("act_ru_meter_log");
        assertThat(copy).as("rows per table").isEqualTo(original);
        try (Connection c = server(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(SHA2(content, 256) = sha256) FROM " + RESTORED
                     + ".doc_document")) {
            rs.next();
            assertThat(rs.getLong(2)).as("documents whose SHA-256 verifies").isEqualTo(rs.getLong(1));
        }

        Map<String, String> properties = properties();
        properties.put("spring.datasource.url", SERVER + RESTORED + "?nullDatabaseMeansCurrent=true");
        AppNode restored = AppNode.launch(dir, "restored", "clusternode.ClusterNode", properties);
        launched.add(restored);
        restored.awaitReady();
        var tasks = AppNode.JSON.readTree(restored.get("stp.tp1",
                "/engine-rest/task?taskDefinitionKey=Task_ConfirmByUnitHead").body());
        assertThat(tasks.size()).as("the unit head's waiting request, on the restored node").isEqualTo(1);
        restored.stop();
        System.out.printf("Backup and restore: %d tables, %d rows, %d documents verified; the restored node is ready%n",
                original.size(), original.values().stream().mapToLong(Long::longValue).sum(),
                original.getOrDefault("doc_document", 0L));
    }

    static String run(String script, String database, String file) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", script, file).redirectErrorStream(true);
        pb.environment().putAll(Map.of("DLDC_DB_HOST", "127.0.0.1", "DLDC_DB_PORT", "3306", "DLDC_DB_USER", "root",
                "DLDC_DB_PASSWORD", "", "DLDC_DB_NAME", database));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(script + ": " + output).isZero();
        return output;
    }

    static long count(String database, String table) throws Exception {
        try (Connection c = server(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + database + "." + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<String, Long> counts(String database) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection c = server(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                     + database + "' ORDER BY table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : tables) {
            counts.put(table.toLowerCase(), count(database, table));
        }
        return counts;
    }

    /** SIGTERM: the node answers "not ready" (503) while it still serves, so the load balancer moves first. */
    static void readinessGoesDownBeforeTheNodeStops(AppNode node) throws Exception {
        node.process.destroy();
        boolean sawDown = false;
        long until = System.currentTimeMillis() + 30_000;
        while (node.process.isAlive() && System.currentTimeMillis() < until && !sawDown) {
            try {
                int status = node.get(null, "/actuator/health/readiness").statusCode();
                sawDown = status == 503;
                assertThat(status).as("readiness while stopping").isIn(200, 503);
            } catch (java.io.IOException closed) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(sawDown).as("readiness answered 503 before the port closed").isTrue();
        assertThat(node.process.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(node.logLines()).anyMatch(l -> l.contains("Shutdown: job executor stopped acquiring"));
    }

    List<AppNode> startTogether(String round, int n, String... extra) throws Exception {
        Map<String, String> properties = properties();
        for (int i = 0; i + 1 < extra.length; i += 2) {
            properties.put(extra[i], extra[i + 1]);
        }
        List<AppNode> nodes = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            properties.put("probe.node", String.valueOf(i));
            nodes.add(AppNode.launch(dir, round + "-" + i, "clusternode.ClusterNode", properties));
            launched.add(nodes.get(nodes.size() - 1));
        }
        for (AppNode node : nodes) {
            node.awaitReady();
        }
        System.out.printf("Cluster: %d nodes started together (%s database)%n", n, round);
        return nodes;
    }

    static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.datasource.url", SERVER + DATABASE + "?nullDatabaseMeansCurrent=true");
        p.put("spring.datasource.username", "root");
        p.put("spring.datasource.password", "");
        p.put("spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver");
        p.put("spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED");
        p.put("spring.datasource.hikari.maximum-pool-size", "12");
        p.put("camunda.bpm.database.type", "mysql");
        return p;
    }

    static void assertCleanStarts(List<AppNode> nodes) throws Exception {
        for (AppNode node : nodes) {
            assertThat(node.logLines()).as(node.name + " logs no ERROR")
                    .noneMatch(l -> l.contains(" ERROR ") || l.contains("\"log.level\":\"ERROR\"")
                            || l.contains("APPLICATION FAILED"));
            assertThat(node.logLines()).as(node.name + " took its turn").anyMatch(l -> l.contains("Start-up lock"));
        }
    }

    /** What the loaders write, and what the engine writes at start, is there once. */
    static void assertNoDuplicates() throws Exception {
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("authorizations", "SELECT COUNT(*) FROM (SELECT 1 FROM ACT_RU_AUTHORIZATION GROUP BY TYPE_, "
                + "GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_ HAVING COUNT(*) > 1) d");
        checks.put("filters", "SELECT COUNT(*) FROM (SELECT 1 FROM ACT_RU_FILTER GROUP BY NAME_ HAVING COUNT(*) > 1) d");
        checks.put("process versions", "SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE VERSION_ > 1");
        checks.put("deployments of the application's processes",
                "SELECT COUNT(*) FROM (SELECT 1 FROM ACT_RE_PROCDEF GROUP BY KEY_ HAVING COUNT(*) > 1) d");
        checks.put("memberships", "SELECT COUNT(*) FROM (SELECT 1 FROM ACT_ID_MEMBERSHIP GROUP BY USER_ID_, GROUP_ID_ "
                + "HAVING COUNT(*) > 1) d");
        checks.put("register backfill markers", "SELECT COUNT(*) - 1 FROM trk_backfill");
        try (Connection c = database(); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> check : checks.entrySet()) {
                try (ResultSet rs = s.executeQuery(check.getValue())) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("duplicated " + check.getKey()).isZero();
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM ACT_RU_FILTER), (SELECT COUNT(*) FROM cal_day), "
                    + "(SELECT COUNT(*) FROM org_person), (SELECT COUNT(*) FROM ACT_ID_USER)")) {
                rs.next();
                assertThat(rs.getInt(1)).as("filters").isEqualTo(2);
                assertThat(rs.getInt(2)).as("holidays").isPositive();
                assertThat(rs.getInt(4)).as("engine users: the people and the administrator").isEqualTo(rs.getInt(3) + 1);
            }
        }
    }

    /** @return the node that survived */
    AppNode failover(List<AppNode> nodes) throws Exception {
        String instance;
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID_ FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = 'PROBE-1'")) {
            assertThat(rs.next()).as("the probe was started").isTrue();
            instance = rs.getString(1);
        }
        long holder = awaitAttempt(instance, 1);
        AppNode victim = nodes.stream().filter(n -> n.process.pid() == holder).findFirst().orElseThrow();
        AppNode survivor = nodes.stream().filter(n -> n != victim).findFirst().orElseThrow();
        long killedAt = System.currentTimeMillis();
        victim.kill();

        long doneAt = awaitDone(instance, 120_000);
        try (Connection c = database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM probe_done WHERE instance_id = '" + instance
                     + "'), (SELECT pid FROM probe_done WHERE instance_id = '" + instance + "'), (SELECT COUNT(*) FROM "
                     + "probe_attempt WHERE instance_id = '" + instance + "'), (SELECT COUNT(*) FROM ACT_RU_JOB), "
                     + "(SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE ID_ = '" + instance + "' AND END_TIME_ IS NOT NULL)")) {
            rs.next();
            assertThat(rs.getInt(1)).as("the job's work committed once").isEqualTo(1);
            assertThat(rs.getLong(2)).as("by the surviving node").isEqualTo(survivor.process.pid());
            assertThat(rs.getInt(3)).as("attempts: the killed one and the one that finished").isEqualTo(2);
            assertThat(rs.getInt(5)).as("the process ended").isEqualTo(1);
        }
        List<String> probeLines = new ArrayList<>();
        for (AppNode node : nodes) {
            node.logLines().stream().filter(l -> l.contains("Probe attempt")).forEach(probeLines::add);
        }
        assertThat(probeLines).as("both attempts logged").hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("{").contains("\"requestKey\":\"PROBE-1\"").contains("[số], [số], [email]")
                .doesNotContain("079190000999").doesNotContain("0912345678").doesNotContain("probe@"));
        System.out.printf("Failover: the job held by the killed node ran on the other %.1f s after kill -9 "
                + "(lock time 30 s, acquisition wait at most 5 s)%n", (doneAt - killedAt) / 1000.0);
        assertThat(doneAt - killedAt).as("taken over within a minute").isLessThan(60_000);
        return survivor;
    }

    static long awaitAttempt(String instance, int attempts) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try (Connection c = database(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pid FROM probe_attempt WHERE instance_id = '" + instance
                         + "' ORDER BY id")) {
                List<Long> pids = new ArrayList<>();
                while (rs.next()) {
                    pids.add(rs.getLong(1));
                }
                if (pids.size() >= attempts) {
                    return pids.get(attempts - 1);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no node took the probe's job within 60 s");
    }

    static long awaitDone(String instance, long timeoutMs) throws Exception {
        long until = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < until) {
            try (Connection c = database(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT at_ms FROM probe_done WHERE instance_id = '" + instance + "'")) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the dead node's job was not taken over within " + timeoutMs + " ms");
    }

    static Connection server() throws Exception {
        return DriverManager.getConnection(SERVER, "root", "");
    }

    static Connection database() throws Exception {
        return DriverManager.getConnection(SERVER + DATABASE, "root", "");
    }
}
