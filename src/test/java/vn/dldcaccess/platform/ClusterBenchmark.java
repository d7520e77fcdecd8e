package vn.dldcaccess.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dldcaccess.support.AppNode;
import vn.dldcaccess.support.SampleForms;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node against two on one MariaDB database, same load (mvn -Pbench test -Dtest=ClusterBenchmark): four clients
 * register and confirm through the engine REST API, as the applicant and the unit head, spread over the nodes; a
 * round ends when every confirmed form's PDF (an asynchronous job, run by any node) is stored.
 * Prints the rates and their ratio, and what was duplicated or lost (nothing may be). On a 2-core machine the
 * second node shares the same cores, so the goal is no loss (ratio >= 0.9), not a gain.
 */
public class ClusterBenchmark {
    static final int REQUESTS = Integer.getInteger("bench.cluster.requests", 300);
    static final int WARM_UP = 100;
    static final String[][] APPLICANTS = {{"ldtb.cv1", "SLDTBXH_VL", "ldtb.tp1"}, {"ldtb.cv3", "SLDTBXH_VL", "ldtb.tp1"},
            {"stp.cv1", "STP_HCTP", "stp.tp1"}, {"stp.cv3", "STP_HCTP", "stp.tp1"}};

    @TempDir
    Path dir;

    @Test
    void twoNodesAgainstOne() throws Exception {
        double one = round(1, 0);
        double two = round(2, 1);
        System.out.printf("%nBENCH cluster: %d registrations (4 clients) on one node %.1f/s, on two nodes %.1f/s, "
                + "ratio %.2f (goal >= 0.9 on 2 cores; 0 duplicated, 0 lost, checked)%n", REQUESTS, one, two, two / one);
    }

    double round(int nodes, int offset) throws Exception {
        try (Connection c = ClusterIT.server(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + ClusterIT.DATABASE);
            s.execute("CREATE DATABASE " + ClusterIT.DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        List<AppNode> running = new ArrayList<>();
        try {
            for (int i = 0; i < nodes; i++) {
                Map<String, String> p = ClusterIT.properties();
                p.put("logging.level.root", "warn");
                running.add(AppNode.launch(dir, "bench-" + nodes + "-" + i, "clusternode.ClusterNode", p));
            }
            for (AppNode node : running) {
                node.awaitReady();
            }
            // warm-up: the JIT of every node, as many requests per node in both rounds
            load(running, WARM_UP * nodes, offset * 100_000 + 50_000);
            long t = System.nanoTime();
            load(running, REQUESTS, offset * 100_000);
            long until = System.currentTimeMillis() + 300_000;
            while (ClusterIT.count(ClusterIT.DATABASE, "doc_document") < REQUESTS + WARM_UP * nodes
                    && System.currentTimeMillis() < until) {
                Thread.sleep(100);
            }
            double rate = REQUESTS / ((System.nanoTime() - t) / 1e9);
            check(REQUESTS + WARM_UP * nodes);
            return rate;
        } finally {
            for (AppNode node : running) {
                node.stop();
            }
        }
    }

    static void load(List<AppNode> nodes, int n, int base) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            done.add(clients.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    String[] a = APPLICANTS[i % APPLICANTS.length];
                    Map<String, Object> form = SampleForms.as(a[0], SampleForms.valid(
                            String.format("089190%06d", base + i), a[1], "b" + (base + i) + "@angiang.gov.vn"));
                    AppNode node = nodes.get(i % nodes.size());
                    var r = node.post(a[0], "/engine-rest/process-definition/key/"
                            + "Process_AccountRegistration/submit-form", AppNode.variables(form));
                    if (r.statusCode() != 200) {
                        throw new AssertionError(r.statusCode() + " " + r.body());
                    }
                    String key = AppNode.JSON.readTree(r.body()).get("businessKey").asText();
                    var task = AppNode.JSON.readTree(node.get(a[2], "/engine-rest/task?processInstanceBusinessKey="
                            + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)).body()).get(0);
                    var confirmed = node.post(a[2], "/engine-rest/task/" + task.get("id").asText() + "/submit-form",
                            Map.of("variables", Map.of("decision", Map.of("value", "CONFIRM"))));
                    if (confirmed.statusCode() != 204) {
                        throw new AssertionError(confirmed.statusCode() + " " + confirmed.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        clients.shutdown();
        clients.awaitTermination(1, TimeUnit.MINUTES);
    }

    /** Every registration once, its number unique, its PDF once. */
    static void check(int expected) throws Exception {
        try (Connection c = ClusterIT.database(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM reg_registration), "
                     + "(SELECT COUNT(DISTINCT request_number) FROM reg_registration), "
                     + "(SELECT COUNT(*) FROM doc_document), (SELECT COUNT(*) FROM ACT_RU_INCIDENT)")) {
            rs.next();
            if (rs.getInt(1) != expected || rs.getInt(2) != expected || rs.getInt(3) != expected || rs.getInt(4) != 0) {
                throw new AssertionError("registrations " + rs.getInt(1) + ", numbers " + rs.getInt(2) + ", PDFs "
                        + rs.getInt(3) + ", incidents " + rs.getInt(4) + "; expected " + expected + " each and 0");
            }
        }
    }
}
