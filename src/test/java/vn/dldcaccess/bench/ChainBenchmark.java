package vn.dldcaccess.bench;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dldcaccess.document.LetterData;
import vn.dldcaccess.document.PdfDocuments;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Figures for the whole chain (run with {@code mvn -Pbench test}); it prints, it does not assert.
 * A chain is one agency letter of {@link #PERSONS} requests: form → confirm → letter → sign → batch → sign →
 * send → PC06's decisions → each account provisioned. Beside it, in the same run, bare processes of the same
 * shape (the same user tasks, asynchronous step, messages and variables) without any domain work.
 */
class ChainBenchmark {
    static final int PERSONS = 5;
    static final int CHAINS = Integer.getInteger("bench.fullChains", 40);
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void aggregatedListRendering() throws Exception {
        PdfDocuments pdf = new PdfDocuments();
        Method grouped = Class.forName("vn.dldcaccess.document.PdfDocumentsTest")
                .getDeclaredMethod("groupedLetter", int.class, int.class);
        grouped.setAccessible(true);
        LetterData list = (LetterData) grouped.invoke(null, 1000, 20);
        for (int i = 0; i < 10; i++) {
            pdf.letterWithList(list, true);
        }
        int m = 20;
        long t = System.nanoTime();
        for (int i = 0; i < m; i++) {
            pdf.letterWithList(list, true);
        }
        System.out.printf("%nBENCH pdf: batch letter + 1000-row list grouped by 20 agencies %.1f ms (goal <= 100 ms)%n",
                (System.nanoTime() - t) / 1e6 / m);
    }

    @Test
    void fullChainsPerSecondOnH2() {
        run("H2", Map.of("spring.datasource.url", "jdbc:h2:mem:chainbench;DB_CLOSE_DELAY=-1"));
    }

    @Test
    void fullChainsPerSecondOnMariaDb() throws Exception {
        run("MariaDB", FoundationBenchmark.mariaDb("dldc_access_chainbench"));
    }

    void run(String db, Map<String, Object> props) {
        try (ConfigurableApplicationContext ctx = FoundationBenchmark.boot(props, new StatementCounter())) {
            ProcessEngine engine = ctx.getBean(ProcessEngine.class);
            ctx.getBeanFactory().registerSingleton("bareDocuments", new BareDocuments(
                    ctx.getBean(vn.dldcaccess.document.DocumentStore.class), ctx.getBean(PdfDocuments.class)));
            deployBare(engine, "Bare", false);
            deployBare(engine, "BareDoc", true);
            Chains chains = new Chains(engine);
            // -Dbench.warmup: the JIT is still compiling our larger code paths after ten chains, more so on a busy machine
            for (int i = 0; i < Integer.getInteger("bench.warmup", 10); i++) {
                chains.ours();
                chains.bare("Bare");
                chains.bareDocs();
            }
            double ours = rate(chains::ours);
            double bare = rate(() -> chains.bare("Bare"));
            double docs = rate(chains::bareDocs);
            double ours2 = rate(chains::ours);
            double bare2 = rate(() -> chains.bare("Bare"));
            double docs2 = rate(chains::bareDocs);
            System.out.printf("%nBENCH %s: full chains (%d persons each, to provisioned accounts) %.2f/s "
                            + "(%.1f persons/s); bare processes of the same shape %.2f/s, ratio %.2f; bare + the same "
                            + "documents %.2f/s, ratio %.2f (goal >= 0.8); second round %.2f/s vs %.2f/s (%.2f) and "
                            + "%.2f/s (%.2f)%n",
                    db, PERSONS, ours, ours * PERSONS, bare, ours / bare, docs, ours / docs, ours2, bare2, ours2 / bare2,
                    docs2, ours2 / docs2);
            stepTable(db, chains);
        }
    }

    /** Each step of the chain, ours beside bare + documents: statements, commits and time, averaged over chains. */
    static void stepTable(String db, Chains chains) {
        int n = Integer.getInteger("bench.stepChains", 20);
        ChainSteps ours = new ChainSteps();
        ChainSteps bare = new ChainSteps();
        ChainSteps docs = new ChainSteps();
        StatementCounter.tracing = StatementCounter.TRACE;
        for (int i = 0; i < n; i++) {
            chains.steps = ours;
            chains.ours();
            chains.steps = bare;
            chains.bare("Bare");
            chains.steps = docs;
            chains.bareDocs();
        }
        chains.steps = null;
        StatementCounter.tracing = false;
        System.out.printf("%nBENCH %s: per chain of %d persons, mean of %d chains — statements (and commits), ms: "
                + "ours | bare + documents | bare%n", db, PERSONS, n);
        System.out.printf("BENCH %-38s %18s %18s %18s%n", "step", "ours", "bare+documents", "bare");
        long[] tot = new long[9];
        for (String step : ours.names()) {
            long[] o = ours.mean(step, n);
            long[] d = docs.mean(step, n);
            long[] b = bare.mean(step, n);
            System.out.printf("BENCH %-38s %5d (%3d) %7.1f %5d (%3d) %7.1f %5d (%3d) %7.1f%n", step, o[0], o[1], o[2] / 1e6,
                    d[0], d[1], d[2] / 1e6, b[0], b[1], b[2] / 1e6);
            for (int k = 0; k < 3; k++) {
                tot[k] += o[k];
                tot[3 + k] += d[k];
                tot[6 + k] += b[k];
            }
        }
        System.out.printf("BENCH %-38s %5d (%3d) %7.1f %5d (%3d) %7.1f %5d (%3d) %7.1f%n", "whole chain", tot[0], tot[1],
                tot[2] / 1e6, tot[3], tot[4], tot[5] / 1e6, tot[6], tot[7], tot[8] / 1e6);
        double cpuOurs = ours.cpuTotal() / 1e6 / n;
        double cpuDocs = docs.cpuTotal() / 1e6 / n;
        double cpuBare = bare.cpuTotal() / 1e6 / n;
        System.out.printf("BENCH %s: per chain, interleaved: wall %.0f / %.0f / %.0f ms (ratio against bare + documents "
                        + "%.2f, against bare %.2f); JVM CPU %.0f / %.0f / %.0f ms (ratio %.2f, %.2f) — ours / bare + "
                        + "documents / bare%n", db, tot[2] / 1e6, tot[5] / 1e6, tot[8] / 1e6, (double) tot[5] / tot[2],
                (double) tot[8] / tot[2], cpuOurs, cpuDocs, cpuBare, cpuDocs / cpuOurs, cpuBare / cpuOurs);
        if (StatementCounter.TRACE) {
            Map<String, Long> o = ours.whole();
            Map<String, Long> d = docs.whole();
            System.out.printf("BENCH statements ours has more of than bare + documents, per chain (ours, bare+):%n");
            o.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue() - d.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(30)
                    .forEach(e -> System.out.printf("BENCH   %+7.1f %6.1f %6.1f  %s%n", (double) e.getValue() / n,
                            (double) o.get(e.getKey()) / n, (double) d.getOrDefault(e.getKey(), 0L) / n, e.getKey()));
            if (!StatementCounter.STACK_PREFIX.isEmpty()) {
                System.out.printf("BENCH who sends '%s...', all three sides, per chain:%n", StatementCounter.STACK_PREFIX);
                StatementCounter.BY_CALLER.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().get(),
                        a.getValue().get())).limit(40).forEach(e -> System.out.printf("BENCH   %6.1f  %s%n",
                        (double) e.getValue().get() / n, e.getKey()));
            }
            for (String step : ours.names()) {
                System.out.printf("BENCH statements of step '%s', per chain:%n", step);
                ours.printTop(step, n, "ours");
                docs.printTop(step, n, "bare+");
            }
        }
    }

    static double rate(Runnable chain) {
        long t = System.nanoTime();
        for (int i = 0; i < CHAINS; i++) {
            chain.run();
        }
        return CHAINS / ((System.nanoTime() - t) / 1e9);
    }

    /**
     * The same shape without domain work: a person, a letter and a batch process, wired by messages. With documents,
     * the same document work as ours at the same steps ({@link BareDocuments}), and nothing else.
     */
    static void deployBare(ProcessEngine engine, String prefix, boolean documents) {
        String end = org.camunda.bpm.engine.delegate.ExecutionListener.EVENTNAME_END;
        BpmnModelInstance person = Bpmn.createExecutableProcess(prefix + "_Person").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Bare_Confirm").camundaCandidateGroups("unit-head-SLDTBXH_VL")
                .serviceTask("Bare_Render").camundaAsyncBefore()
                .camundaExpression(documents ? "${bareDocuments.form(execution)}" : "${true}")
                .intermediateCatchEvent("Bare_Letter").message("Bare_Letter")
                .intermediateCatchEvent("Bare_Decision").message("Bare_Decision")
                .userTask("Bare_Provision").camundaCandidateGroups("tthc-admins").endEvent().done();
        BpmnModelInstance letter = Bpmn.createExecutableProcess(prefix + "_Letter").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Bare_Prepare").camundaCandidateGroups("office-SLDTBXH")
                .camundaExecutionListenerExpression(end, documents ? "${bareDocuments.letterDraft(execution)}" : "${true}")
                .userTask("Bare_Sign").camundaCandidateGroups("director-SLDTBXH")
                .camundaExecutionListenerExpression(end, documents ? "${bareDocuments.letterSigned(execution)}" : "${true}")
                .serviceTask("Bare_Hand").camundaAsyncBefore().camundaExpression("${true}").endEvent().done();
        BpmnModelInstance batch = Bpmn.createExecutableProcess(prefix + "_Batch").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Bare_Compose").camundaCandidateGroups("aggregator")
                .camundaExecutionListenerExpression(end, documents ? "${bareDocuments.batchDraft(execution)}" : "${true}")
                .userTask("Bare_SignBatch").camundaCandidateGroups("aggregator-leaders")
                .userTask("Bare_Send").camundaCandidateGroups("aggregator")
                .camundaExecutionListenerExpression(end, documents ? "${bareDocuments.batchFinal(execution)}" : "${true}")
                .userTask("Bare_Decide").camundaCandidateGroups("aggregator,pc06").endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance(prefix + "-person.bpmn", person)
                .addModelInstance(prefix + "-letter.bpmn", letter).addModelInstance(prefix + "-batch.bpmn", batch).deploy();
        var auths = engine.getAuthorizationService();
        for (String group : List.of("applicants", "office-SLDTBXH", "aggregator")) {
            for (String key : List.of("_Person", "_Letter", "_Batch")) {
                var a = auths.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
                a.setGroupId(group);
                a.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
                a.setResourceId(prefix + key);
                a.addPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE);
                auths.saveAuthorization(a);
            }
        }
    }

    static final class Chains {
        final ProcessEngine engine;
        final RuntimeService runtime;
        final TaskService tasks;
        final IdentityService identity;
        int person;
        int letter;
        ChainSteps steps;

        void step(String name, Runnable work) {
            if (steps == null) {
                work.run();
            } else {
                // the jobs a step leaves are counted with it, not with whichever step runs while they do
                steps.run(name, () -> {
                    work.run();
                    awaitJobs();
                });
            }
        }

        Chains(ProcessEngine engine) {
            this.engine = engine;
            this.runtime = engine.getRuntimeService();
            this.tasks = engine.getTaskService();
            this.identity = engine.getIdentityService();
        }

        void as(String user, String... groups) {
            identity.setAuthentication(user, List.of(groups));
        }

        void awaitJobs() {
            while (pendingJobs() > 0) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        long pendingJobs() {
            StatementCounter.HARNESS.set(true);
            // counted as nobody: under the step's person the query saw only the jobs she may read (none, for the unit
            // head), so a step's form PDF job ran on into the next step and was charged to it
            var who = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                return engine.getManagementService().createJobQuery().messages().count();
            } finally {
                if (who != null) {
                    identity.setAuthentication(who);
                }
                StatementCounter.HARNESS.set(false);
            }
        }

        Task task(String processInstanceId) {
            return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        }

        /** One chain through our processes, as the people do it (engine API, their identities). */
        void ours() {
            String today = LocalDate.now(VN).toString();
            List<String> numbers = new ArrayList<>();
            List<String> pis = new ArrayList<>();
            for (int i = 0; i < PERSONS; i++) {
                step("1 applicant files form 1658", () -> {
                    as("ldtb.cv1", "applicants");
                    var pi = runtime.startProcessInstanceByKey("Process_AccountRegistration",
                            FoundationBenchmark.formVariables(++person + 500_000));
                    numbers.add(pi.getBusinessKey());
                    pis.add(pi.getId());
                });
                step("2 unit head confirms", () -> {
                    as("ldtb.tp1", "unit-head-SLDTBXH_VL");
                    tasks.complete(task(pis.get(pis.size() - 1)).getId(), Map.of("decision", "CONFIRM"));
                });
            }
            identity.clearAuthentication();
            step("3 form 1658 PDFs (jobs)", this::awaitJobs);
            String[] letterPi = new String[1];
            step("4 office prepares the letter", () -> {
                as("ldtb.vp", "office-SLDTBXH");
                letterPi[0] = runtime.startProcessInstanceByKey("Process_AgencySubmission").getId();
                tasks.complete(task(letterPi[0]).getId(), Variables.createVariables()
                        .putValue("includedRequestNumbers", String.join(",", numbers))
                        .putValue("letterNumber", String.valueOf(++letter)).putValue("letterDate", today));
            });
            step("5 director signs", () -> {
                as("ldtb.gd", "director-SLDTBXH");
                tasks.complete(task(letterPi[0]).getId(), Map.of("directorDecision", "SIGN"));
                identity.clearAuthentication();
            });
            step("6 letter handed over (jobs)", this::awaitJobs);
            String[] batchPi = new String[1];
            step("7 aggregator composes the batch", () -> {
                as("stttt.cv", "aggregator");
                Task compose = tasks.createTaskQuery().taskDefinitionKey("Task_ComposeBatch").singleResult();
                List<String> letters = new ArrayList<>();
                Spin.JSON(tasks.getVariable(compose.getId(), "waitingLetters").toString()).elements()
                        .forEach(e -> letters.add(e.prop("value").stringValue()));
                batchPi[0] = compose.getProcessInstanceId();
                tasks.complete(compose.getId(), Map.of("chosenLetters", String.join(",", letters)));
            });
            step("8 leader signs the batch", () -> {
                as("stttt.ld", "aggregator-leaders");
                tasks.complete(task(batchPi[0]).getId(), Map.of("leaderDecision", "SIGN"));
            });
            step("9 batch sent to PC06", () -> {
                as("stttt.cv", "aggregator");
                tasks.complete(task(batchPi[0]).getId(), Map.of("outgoingNumber", String.valueOf(letter), "sentDate",
                        today, "channel", "EDOC"));
            });
            step("10 PC06's decisions recorded", () -> {
                as("pc06.cb", "pc06");
                tasks.complete(task(batchPi[0]).getId(), Map.of("approvedRequests", String.join(",", numbers)));
            });
            for (int i = 0; i < PERSONS; i++) {
                int k = i;
                step("11 account provisioned", () -> {
                    as("tthc.qt", "tthc-admins");
                    tasks.complete(task(pis.get(k)).getId(), Map.of("tthcAccountUsername", "bench" + numbers.get(k)
                            .substring(numbers.get(k).lastIndexOf('-') + 1), "accountCreatedOn", today));
                });
            }
            identity.clearAuthentication();
        }

        /** The bare processes with the same documents: its own frame, so a profile tells it from the bare ones. */
        void bareDocs() {
            bare("BareDoc");
        }

        /** The same steps through the bare processes ("Bare" or, with documents, "BareDoc"), the same form variables. */
        void bare(String prefix) {
            String today = LocalDate.now(VN).toString();
            List<String> pis = new ArrayList<>();
            for (int i = 0; i < PERSONS; i++) {
                step("1 applicant files form 1658", () -> {
                    as("ldtb.cv1", "applicants");
                    pis.add(runtime.startProcessInstanceByKey(prefix + "_Person", "BARE-" + (++person),
                            FoundationBenchmark.formVariables(person + 500_000)).getId());
                });
                step("2 unit head confirms", () -> {
                    as("ldtb.tp1", "unit-head-SLDTBXH_VL");
                    tasks.complete(task(pis.get(pis.size() - 1)).getId(), Map.of("decision", "CONFIRM"));
                });
            }
            identity.clearAuthentication();
            step("3 form 1658 PDFs (jobs)", this::awaitJobs);
            String[] letterPi = new String[1];
            step("4 office prepares the letter", () -> {
                as("ldtb.vp", "office-SLDTBXH");
                letterPi[0] = runtime.startProcessInstanceByKey(prefix + "_Letter").getId();
                tasks.complete(task(letterPi[0]).getId(), Map.of("letterNumber", String.valueOf(++letter), "letterDate",
                        today));
            });
            step("5 director signs", () -> {
                as("ldtb.gd", "director-SLDTBXH");
                tasks.complete(task(letterPi[0]).getId(), Map.of("directorDecision", "SIGN"));
                identity.clearAuthentication();
            });
            step("6 letter handed over (jobs)", () -> {
                awaitJobs();
                for (String pi : pis) {
                    runtime.createMessageCorrelation("Bare_Letter").processInstanceId(pi).correlate();
                }
            });
            String[] batchPi = new String[1];
            step("7 aggregator composes the batch", () -> {
                as("stttt.cv", "aggregator");
                batchPi[0] = runtime.startProcessInstanceByKey(prefix + "_Batch").getId();
                tasks.complete(task(batchPi[0]).getId(), Map.of("chosenLetters", "1"));
            });
            step("8 leader signs the batch", () -> {
                as("stttt.ld", "aggregator-leaders");
                tasks.complete(task(batchPi[0]).getId(), Map.of("leaderDecision", "SIGN"));
            });
            step("9 batch sent to PC06", () -> {
                as("stttt.cv", "aggregator");
                tasks.complete(task(batchPi[0]).getId(), Map.of("outgoingNumber", String.valueOf(letter), "sentDate",
                        today, "channel", "EDOC"));
            });
            step("10 PC06's decisions recorded", () -> {
                as("pc06.cb", "pc06");
                tasks.complete(task(batchPi[0]).getId(), Map.of("approvedRequests", "all"));
                identity.clearAuthentication();
                for (String pi : pis) {
                    runtime.createMessageCorrelation("Bare_Decision").processInstanceId(pi)
                            .setVariable("pc06Decision", "APPROVED").correlate();
                }
            });
            for (String pi : pis) {
                step("11 account provisioned", () -> {
                    as("tthc.qt", "tthc-admins");
                    tasks.complete(task(pi).getId(), Map.of("tthcAccountUsername", "bare" + pi, "accountCreatedOn",
                            today));
                });
            }
            identity.clearAuthentication();
        }
    }
}
