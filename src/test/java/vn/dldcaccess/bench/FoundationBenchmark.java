package vn.dldcaccess.bench;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dldcaccess.DldcAccessApplication;
import vn.dldcaccess.document.LetterData;
import vn.dldcaccess.document.LabeledValue;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.RegistrationFormData;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figures for the foundation (run with {@code mvn -Pbench test}); it prints, it does not assert.
 * MariaDB figures need the local server (127.0.0.1:3306, root); they use database dldc_access_bench.
 */
public class FoundationBenchmark {
    static final int CHAINS = Integer.getInteger("bench.chains", 300);

    @Test
    void pdfRendering() throws Exception {
        PdfDocuments pdf = new PdfDocuments();
        Method letter = Class.forName("vn.dldcaccess.document.PdfDocumentsTest").getDeclaredMethod("letter", int.class);
        letter.setAccessible(true);
        LetterData list = (LetterData) letter.invoke(null, 1000);
        RegistrationFormData form = new RegistrationFormData(new OfficialHeader("UBND TỈNH AN GIANG",
                "Sở Lao động - Thương binh và Xã hội", null, null, "An Giang", LocalDate.now()), "PHIẾU ĐĂNG KÝ CẤP TÀI KHOẢN",
                "(Theo mẫu 1658)", "SLĐTBXH-2026-000001", fields(), List.of("Không dùng chung tài khoản.",
                "Thay đổi mật khẩu ít nhất mỗi tháng một lần.", "Đăng xuất khi không sử dụng."), "Nguyễn Thị Hường",
                "Lê Thị Thu Hà", LocalDate.now());
        for (int i = 0; i < 300; i++) {
            pdf.registrationForm(form);
        }
        int n = 1000;
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            pdf.registrationForm(form);
        }
        double formMs = (System.nanoTime() - t) / 1e6 / n;
        for (int i = 0; i < 5; i++) {
            pdf.letterWithList(list, true);
        }
        int m = 20;
        t = System.nanoTime();
        for (int i = 0; i < m; i++) {
            pdf.letterWithList(list, true);
        }
        double listMs = (System.nanoTime() - t) / 1e6 / m;
        System.out.printf("%nBENCH pdf: form 1658 %.2f ms (goal <= 5 ms warm); letter + 1000-row list %.1f ms (goal <= 100 ms)%n",
                formMs, listMs);
    }

    public static List<LabeledValue> fields() {
        List<LabeledValue> f = new ArrayList<>();
        for (String[] kv : new String[][]{{"Họ và tên", "Nguyễn Thị Hường"}, {"Ngày sinh", "17/05/1990"}, {"Giới tính", "Nữ"},
                {"Số định danh cá nhân (CCCD)", "089190001234"}, {"Chức vụ", "Chuyên viên"},
                {"Đơn vị công tác", "Phòng Việc làm - An toàn lao động"}, {"Cơ quan", "Sở Lao động - Thương binh và Xã hội"},
                {"Nhiệm vụ được giao", "Tiếp nhận hồ sơ thủ tục hành chính lĩnh vực việc làm"},
                {"Số điện thoại di động", "0912345678"}, {"Thư điện tử công vụ", "huongnt@angiang.gov.vn"},
                {"Tài khoản trên Hệ thống TTHC", "huongnt"}, {"Hình thức khai thác", "Tra cứu, Xác thực"},
                {"Mục đích khai thác", "Xác thực thông tin công dân"}, {"Ghi chú", ""}}) {
            f.add(new LabeledValue(kv[0], kv[1]));
        }
        return f;
    }

    @Test
    void registrationsPerSecondOnH2() {
        throughput("H2", Map.of("spring.datasource.url", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1"));
    }

    @Test
    void registrationsPerSecondOnMariaDb() throws Exception {
        throughput("MariaDB", mariaDb("dldc_access_bench"));
    }

    /** A fresh utf8mb4 database on the local server, and the properties that point the application at it. */
    public static Map<String, Object> mariaDb(String database) throws java.sql.SQLException {
        try (var c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
             var s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return Map.of(
                "spring.datasource.url", "jdbc:mariadb://127.0.0.1:3306/" + database + "?nullDatabaseMeansCurrent=true",
                "spring.datasource.username", "root", "spring.datasource.password", "",
                "spring.datasource.driver-class-name", "org.mariadb.jdbc.Driver",
                "spring.datasource.hikari.transaction-isolation", "TRANSACTION_READ_COMMITTED",
                "camunda.bpm.database.type", "mysql");
    }

    /** The whole application, quiet, on a free port. */
    public static ConfigurableApplicationContext boot(Map<String, Object> props) {
        return boot(props, null);
    }

    /** The same, with a bean post-processor in place from the start (the statement counter). */
    public static ConfigurableApplicationContext boot(Map<String, Object> props,
                                                      org.springframework.beans.factory.config.BeanPostProcessor extra) {
        Map<String, Object> all = new HashMap<>(props);
        all.put("server.port", "0");
        all.put("logging.level.root", "warn");
        // command-line arguments: they win over application.yml (builder properties would not)
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        SpringApplicationBuilder app = new SpringApplicationBuilder(DldcAccessApplication.class);
        if (extra != null) {
            app.initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(extra));
        }
        return app.run(args);
    }

    /**
     * Registration started by the applicant and confirmed by the unit head (PDF included), vs. start → user task → end,
     * and vs. the same with the form PDF.
     */
    void throughput(String db, Map<String, Object> props) {
        try (ConfigurableApplicationContext ctx = boot(props)) {
            ProcessEngine engine = ctx.getBean(ProcessEngine.class);
            RuntimeService runtime = engine.getRuntimeService();
            TaskService tasks = engine.getTaskService();
            IdentityService identity = engine.getIdentityService();
            engine.getRepositoryService().createDeployment().addModelInstance("bare.bpmn",
                    Bpmn.createExecutableProcess("Bench_Bare").camundaHistoryTimeToLive(1).startEvent()
                            .userTask("Task_Bare").camundaCandidateGroups("unit-head-SLDTBXH_VL").endEvent().done()).deploy();
            // like with like (issue 24): the same shape plus the form PDF ours issues after the confirmation, made,
            // PDF/A'd and sealed by the same renderers and store in an asynchronous step of its own, as ours does
            ctx.getBeanFactory().registerSingleton("bareDocuments", new BareDocuments(
                    ctx.getBean(vn.dldcaccess.document.DocumentStore.class), ctx.getBean(PdfDocuments.class)));
            engine.getRepositoryService().createDeployment().addModelInstance("bare-doc.bpmn",
                    Bpmn.createExecutableProcess("Bench_BareDoc").camundaHistoryTimeToLive(1).startEvent()
                            .userTask("Task_BareDoc").camundaCandidateGroups("unit-head-SLDTBXH_VL")
                            .serviceTask("Task_BareForm").camundaAsyncBefore()
                            .camundaExpression("${bareDocuments.form(execution)}").endEvent().done()).deploy();
            // the bare processes run under the same authorization checks as ours
            grant(engine, org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION, "Bench_Bare",
                    org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
            grant(engine, org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION, "Bench_BareDoc",
                    org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
            grant(engine, org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE, "*",
                    org.camunda.bpm.engine.authorization.Permissions.CREATE);
            Runnable chain = new Runnable() {
                int i;

                public void run() {
                    identity.setAuthentication("ldtb.cv1", List.of("applicants"));
                    Map<String, Object> v = formVariables(++i);
                    String pi = runtime.startProcessInstanceByKey("Process_AccountRegistration", v).getId();
                    identity.setAuthentication("ldtb.tp1", List.of("unit-head-SLDTBXH_VL"));
                    Task t = tasks.createTaskQuery().processInstanceId(pi).singleResult();
                    tasks.complete(t.getId(), Map.of("decision", "CONFIRM"));
                    identity.clearAuthentication();
                }
            };
            // The same form data passes through the bare process: the engine stores it in both.
            Runnable bare = bare(engine, "Bench_Bare");
            Runnable bareDoc = bare(engine, "Bench_BareDoc");
            // warm up until the JIT has settled (the first rounds on two cores are mostly compilation)
            for (int i = 0; i < 300; i++) {
                chain.run();
                bare.run();
                bareDoc.run();
            }
            Runnable drained = () -> awaitNoMessageJobs(engine);
            drained.run();
            double ours = rate(chain, CHAINS, drained);
            double base = rate(bare, CHAINS, drained);
            double doc = rate(bareDoc, CHAINS, drained);
            double ours2 = rate(chain, CHAINS, drained);
            double base2 = rate(bare, CHAINS, drained);
            double doc2 = rate(bareDoc, CHAINS, drained);
            System.out.printf("%nBENCH %s: registrations started+confirmed %.1f/s, bare start->user task->end %.1f/s, "
                    + "ratio %.2f; bare + the same form PDF (asynchronous, sealed) %.1f/s, ratio %.2f (goal >= 0.8); "
                    + "second round %.1f/s vs %.1f/s (%.2f) and %.1f/s (%.2f)%n",
                    db, ours, base, ours / base, doc, ours / doc, ours2, base2, ours2 / base2, doc2, ours2 / doc2);
        }
    }

    /** The same form data through a bare process: the engine stores it, the unit head completes its one task. */
    static Runnable bare(ProcessEngine engine, String key) {
        return new Runnable() {
            int i;

            public void run() {
                engine.getIdentityService().setAuthentication("ldtb.tp1", List.of("unit-head-SLDTBXH_VL"));
                String pi = engine.getRuntimeService().startProcessInstanceByKey(key, formVariables(++i)).getId();
                TaskService tasks = engine.getTaskService();
                tasks.complete(tasks.createTaskQuery().processInstanceId(pi).singleResult().getId(),
                        Map.of("decision", "CONFIRM"));
                engine.getIdentityService().clearAuthentication();
            }
        };
    }

    /** Adds the permission to the group's grant for the resource, or makes that grant (one per resource: unique key). */
    static void grant(ProcessEngine engine, org.camunda.bpm.engine.authorization.Resource resource, String id,
                      org.camunda.bpm.engine.authorization.Permission permission) {
        var auths = engine.getAuthorizationService();
        var a = auths.createAuthorizationQuery().groupIdIn("unit-head-SLDTBXH_VL").resourceType(resource).resourceId(id)
                .authorizationType(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT).singleResult();
        if (a == null) {
            a = auths.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
            a.setGroupId("unit-head-SLDTBXH_VL");
            a.setResource(resource);
            a.setResourceId(id);
        }
        a.addPermission(permission);
        auths.saveAuthorization(a);
    }

    static Map<String, Object> formVariables(int i) {
        return vn.dldcaccess.support.SampleForms.valid(String.format("089190%06d", i), "SLDTBXH_VL",
                "huongnt@angiang.gov.vn");
    }

    /** Chains per second, counted when the last one is complete (its PDF job included). */
    static double rate(Runnable r, int n, Runnable drained) {
        long t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            r.run();
        }
        drained.run();
        return n / ((System.nanoTime() - t) / 1e9);
    }

    static void awaitNoMessageJobs(ProcessEngine engine) {
        while (engine.getManagementService().createJobQuery().messages().count() > 0) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Boot to ready: from the JVM's launch until /actuator/health/readiness answers 200 (database, engine, job
     * executor; for ours also the organization, after every start-up loader), three times each, alternating.
     */
    @Test
    void bootTimeAndResidentMemoryBesideTheBareStarter() throws Exception {
        List<double[]> ours = new ArrayList<>();
        List<double[]> bare = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            ours.add(boot("vn.dldcaccess.DldcAccessApplication"));
            // the bare starter's admin is Camunda's own (ours makes its own, under the password policy)
            bare.add(boot("benchbare.BareStarterApplication", "--spring.flyway.enabled=false",
                    "--camunda.bpm.deployment-resource-pattern=classpath*:nothing/*.bpmn",
                    "--camunda.bpm.admin-user.id=demo", "--camunda.bpm.admin-user.password=demo"));
        }
        double oursS = median(ours, 0);
        double bareS = median(bare, 0);
        System.out.printf("%nBENCH boot to ready (median of 3): dldc-access %.1f s, RSS %.0f MiB; bare Camunda starter "
                        + "%.1f s, RSS %.0f MiB; ratio %.2f (goal <= 1.3); runs: ours %s, bare %s%n", oursS, median(ours, 1),
                bareS, median(bare, 1), oursS / bareS, ours.stream().map(r -> String.format("%.1f", r[0])).toList(),
                bare.stream().map(r -> String.format("%.1f", r[0])).toList());
    }

    static double median(List<double[]> runs, int index) {
        double[] values = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    /** Starts the application in its own JVM (H2 in memory): seconds to ready, and the RSS in MiB 3 s later. */
    static double[] boot(String mainClass, String... extra) throws Exception {
        Path data = Files.createTempDirectory("boot");
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // ours boots from what ships (its classes and the dependencies): the test classes are left out, or its
        // component scan of vn.dldcaccess would read them too; the bare starter lives among them (benchbare)
        String classPath = mainClass.startsWith("benchbare.") ? System.getProperty("java.class.path")
                : java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !Path.of(e).endsWith(Path.of("target", "test-classes")))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath, mainClass, "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:mem:boot;DB_CLOSE_DELAY=-1", "--logging.level.root=warn")
                .directory(data.toFile()).redirectErrorStream(true).redirectOutput(data.resolve("out.log").toFile());
        pb.command().addAll(List.of(extra));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest ready = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
        long t = System.nanoTime();
        Process p = pb.start();
        try {
            while (true) {
                if (!p.isAlive()) {
                    throw new AssertionError(mainClass + " stopped: " + Files.readString(data.resolve("out.log")));
                }
                try {
                    if (http.send(ready, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (java.io.IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            Thread.sleep(3000);
            String rss = Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS")).findFirst().orElse("VmRSS: 0 kB").replaceAll("\\D+", " ").trim();
            return new double[]{seconds, Long.parseLong(rss.split(" ")[0]) / 1024.0};
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
