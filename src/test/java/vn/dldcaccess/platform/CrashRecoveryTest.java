package vn.dldcaccess.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import vn.dldcaccess.support.AppNode;
import vn.dldcaccess.support.SampleForms;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as shipped (embedded H2 file, the URL of application.yml) killed with SIGKILL while people
 * are registering and unit heads confirming: after each restart, everything that was answered 2xx is there,
 * the request numbers are unique and without gaps, and the application's rows and the engine's agree.
 */
class CrashRecoveryTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[][] APPLICANTS = {{"ldtb.cv1", "SLDTBXH_VL", "ldtb.tp1"}, {"ldtb.cv3", "SLDTBXH_VL", "ldtb.tp1"},
            {"stp.cv1", "STP_HCTP", "stp.tp1"}, {"stp.cv3", "STP_HCTP", "stp.tp1"}};

    @TempDir
    Path dir;

    @Test
    void aKilledNodeLosesNothingItAnswered() throws Exception {
        String url = shippedUrl().replace("./data/dldc-access", dir.resolve("dldc-access").toString());
        assertThat(url).contains("WRITE_DELAY=0");

        AppNode first = node(url, 1);
        Set<String> registered = ConcurrentHashMap.newKeySet();
        AtomicInteger person = new AtomicInteger();
        hammer(first, 4, registered, 12, () -> {
            String[] a = APPLICANTS[person.get() % APPLICANTS.length];
            Map<String, Object> form = SampleForms.as(a[0], SampleForms.valid(String.format("0891900%05d",
                    person.incrementAndGet()), a[1], "crash" + person.get() + "@angiang.gov.vn"));
            HttpResponse<String> r = first.post(a[0], "/engine-rest/process-definition/key/Process_AccountRegistration"
                    + "/submit-form", AppNode.variables(form));
            return r.statusCode() == 200 ? JSON.readTree(r.body()).get("businessKey").asText() : null;
        });

        AppNode node = node(url, 2);
        Map<String, String> taskOf = new ConcurrentHashMap<>();
        for (String head : List.of("ldtb.tp1", "stp.tp1")) {
            for (JsonNode t : JSON.readTree(node.get(head, "/engine-rest/task?taskDefinitionKey=Task_ConfirmByUnitHead"
                    + "&maxResults=500").body())) {
                taskOf.put(t.get("id").asText(), head);
            }
        }
        List<String> open = new ArrayList<>(taskOf.keySet());
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        AtomicInteger next = new AtomicInteger();
        AppNode second = node;
        hammer(node, 3, confirmed, Math.max(1, open.size() / 2), () -> {
            int i = next.getAndIncrement();
            if (i >= open.size()) {
                return null;
            }
            String task = open.get(i);
            HttpResponse<String> r = second.post(taskOf.get(task), "/engine-rest/task/" + task + "/submit-form",
                    AppNode.variables(Map.of("decision", "CONFIRM")));
            return r.statusCode() == 204 ? task : null;
        });

        // once more, to show the node starts again on what the last kill left, then a clean look at the file
        node(url, 3).kill();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            verify(c, registered, confirmed);
        }
    }

    static void verify(Connection c, Set<String> registered, Set<String> confirmed) throws Exception {
        Map<String, String> status = new HashMap<>();
        Map<String, List<Integer>> numbers = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select request_number, status from reg_registration")) {
            while (rs.next()) {
                String n = rs.getString(1);
                status.put(n, rs.getString(2));
                numbers.computeIfAbsent(n.substring(0, n.lastIndexOf('-')), k -> new ArrayList<>())
                        .add(Integer.parseInt(n.substring(n.lastIndexOf('-') + 1)));
            }
        }
        Set<String> waiting = new HashSet<>();
        Map<String, Integer> instances = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select e.BUSINESS_KEY_, t.TASK_DEF_KEY_, "
                + "t.ID_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ "
                + "left join ACT_RU_TASK t on t.PROC_INST_ID_ = e.ID_ "
                + "where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = 'Process_AccountRegistration'")) {
            while (rs.next()) {
                instances.merge(rs.getString(1), 1, Integer::sum);
                if ("Task_ConfirmByUnitHead".equals(rs.getString(2))) {
                    waiting.add(rs.getString(1));
                }
            }
        }
        Set<String> confirmedTasksLeft = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select ID_ from ACT_RU_TASK")) {
            while (rs.next()) {
                if (confirmed.contains(rs.getString(1))) {
                    confirmedTasksLeft.add(rs.getString(1));
                }
            }
        }
        System.out.printf("Crash recovery: %d registrations answered before kill -9, %d stored; %d confirmations "
                        + "answered before the second kill, %d confirmation tasks still open%n", registered.size(),
                status.size(), confirmed.size(), waiting.size());

        assertThat(registered).as("answered registrations").hasSizeGreaterThanOrEqualTo(12);
        assertThat(status.keySet()).as("every answered registration survived").containsAll(registered);
        numbers.forEach((prefix, list) -> {
            list.sort(Integer::compare);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= list.size(); i++) {
                expected.add(i);
            }
            assertThat(list).as(prefix + " numbers unique and gap-free").isEqualTo(expected);
        });
        assertThat(confirmed).as("answered confirmations").isNotEmpty();
        assertThat(confirmedTasksLeft).as("no answered confirmation came back").isEmpty();
        // the application's row and the engine's instance were written together: never one without the other
        for (Map.Entry<String, String> e : status.entrySet()) {
            boolean submitted = "SUBMITTED".equals(e.getValue());
            assertThat(instances.get(e.getKey())).as(e.getKey() + " has one process").isEqualTo(1);
            assertThat(waiting.contains(e.getKey())).as(e.getKey() + " " + e.getValue() + " waits for its unit head")
                    .isEqualTo(submitted);
        }
        assertThat(instances.keySet()).as("no process without its registration").isSubsetOf(status.keySet());
    }

    interface Step {
        String run() throws Exception;
    }

    /** Threads repeat the step until enough were answered, then the node is killed with calls still in flight. */
    static void hammer(AppNode node, int threads, Set<String> answered, int enough, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger refusals = new AtomicInteger();
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                while (!node.killed) {
                    try {
                        String done = step.run();
                        if (done == null) {
                            if (refusals.incrementAndGet() > 200) {
                                return null;
                            }
                        } else {
                            // answered before the kill took effect, even if the flag is already up: it must last
                            answered.add(done);
                        }
                    } catch (IOException e) {
                        return null;
                    }
                }
                return null;
            });
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (answered.size() < enough && System.nanoTime() < until && refusals.get() <= 200) {
            Thread.sleep(20);
        }
        node.kill();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    AppNode node(String url, int run) throws Exception {
        return AppNode.start(dir, "node-" + run, "vn.dldcaccess.DldcAccessApplication",
                Map.of("spring.datasource.url", url));
    }

    static String shippedUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject().getProperty("spring.datasource.url");
    }
}
