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
        try (ConfigurableApplicationContext ctx = FoundationBenchmark.boot(props)) {
            ProcessEngine engine = ctx.getBean(ProcessEngine.class);
            deployBare(engine);
            Chains chains = new Chains(engine);
            for (int i = 0; i < 10; i++) {
                chains.ours();
                chains.bare();
            }
            double ours = rate(chains::ours);
            double bare = rate(chains::bare);
            double ours2 = rate(chains::ours);
            double bare2 = rate(chains::bare);
            System.out.printf("%nBENCH %s: full chains (%d persons each, to provisioned accounts) %.2f/s "
                            + "(%.1f persons/s), bare processes of the same shape %.2f/s, ratio %.2f (goal >= 0.8); "
                            + "second round %.2f/s vs %.2f/s, ratio %.2f%n",
                    db, PERSONS, ours, ours * PERSONS, bare, ours / bare, ours2, bare2, ours2 / bare2);
        }
    }

    static double rate(Runnable chain) {
        long t = System.nanoTime();
        for (int i = 0; i < CHAINS; i++) {
            chain.run();
        }
        return CHAINS / ((System.nanoTime() - t) / 1e9);
    }

    /** The same shape without domain work: a person, a letter and a batch process, wired by messages. */
    static void deployBare(ProcessEngine engine) {
        BpmnModelInstance person = Bpmn.createExecutableProcess("Bare_Person").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Bare_Confirm").camundaCandidateGroups("unit-head-SLDTBXH_VL")
                .serviceTask("Bare_Render").camundaAsyncBefore().camundaExpression("${true}")
                .intermediateCatchEvent("Bare_Letter").message("Bare_Letter")
                .intermediateCatchEvent("Bare_Decision").message("Bare_Decision")
                .userTask("Bare_Provision").camundaCandidateGroups("tthc-admins").endEvent().done();
        BpmnModelInstance letter = Bpmn.createExecutableProcess("Bare_Letter").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Bare_Prepare").camundaCandidateGroups("office-SLDTBXH")
                .userTask("Bare_Sign").camundaCandidateGroups("director-SLDTBXH")
                .serviceTask("Bare_Hand").camundaAsyncBefore().camundaExpression("${true}").endEvent().done();
        BpmnModelInstance batch = Bpmn.createExecutableProcess("Bare_Batch").camundaHistoryTimeToLive(1).startEvent()
                .userTask("Bare_Compose").camundaCandidateGroups("aggregator")
                .userTask("Bare_SignBatch").camundaCandidateGroups("aggregator-leaders")
                .userTask("Bare_Send").camundaCandidateGroups("aggregator")
                .userTask("Bare_Decide").camundaCandidateGroups("aggregator,pc06").endEvent().done();
        engine.getRepositoryService().createDeployment().addModelInstance("bare-person.bpmn", person)
                .addModelInstance("bare-letter.bpmn", letter).addModelInstance("bare-batch.bpmn", batch).deploy();
        var auths = engine.getAuthorizationService();
        for (String group : List.of("applicants", "office-SLDTBXH", "aggregator")) {
            for (String key : List.of("Bare_Person", "Bare_Letter", "Bare_Batch")) {
                var a = auths.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
                a.setGroupId(group);
                a.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION);
                a.setResourceId(key);
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
            while (engine.getManagementService().createJobQuery().messages().count() > 0) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
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
                as("ldtb.cv1", "applicants");
                var pi = runtime.startProcessInstanceByKey("Process_AccountRegistration", FoundationBenchmark.formVariables(++person + 500_000));
                numbers.add(pi.getBusinessKey());
                pis.add(pi.getId());
                as("ldtb.tp1", "unit-head-SLDTBXH_VL");
                tasks.complete(task(pi.getId()).getId(), Map.of("decision", "CONFIRM"));
            }
            identity.clearAuthentication();
            awaitJobs();
            as("ldtb.vp", "office-SLDTBXH");
            String letterPi = runtime.startProcessInstanceByKey("Process_AgencySubmission").getId();
            tasks.complete(task(letterPi).getId(), Variables.createVariables()
                    .putValue("includedRequestNumbers", String.join(",", numbers))
                    .putValue("letterNumber", String.valueOf(++letter)).putValue("letterDate", today));
            as("ldtb.gd", "director-SLDTBXH");
            tasks.complete(task(letterPi).getId(), Map.of("directorDecision", "SIGN"));
            identity.clearAuthentication();
            awaitJobs();
            as("stttt.cv", "aggregator");
            Task compose = tasks.createTaskQuery().taskDefinitionKey("Task_ComposeBatch").singleResult();
            List<String> letters = new ArrayList<>();
            Spin.JSON(tasks.getVariable(compose.getId(), "waitingLetters").toString()).elements()
                    .forEach(e -> letters.add(e.prop("value").stringValue()));
            String batchPi = compose.getProcessInstanceId();
            tasks.complete(compose.getId(), Map.of("chosenLetters", String.join(",", letters)));
            as("stttt.ld", "aggregator-leaders");
            tasks.complete(task(batchPi).getId(), Map.of("leaderDecision", "SIGN"));
            as("stttt.cv", "aggregator");
            tasks.complete(task(batchPi).getId(), Map.of("outgoingNumber", String.valueOf(letter), "sentDate", today,
                    "channel", "EDOC"));
            as("pc06.cb", "pc06");
            tasks.complete(task(batchPi).getId(), Map.of("approvedRequests", String.join(",", numbers)));
            as("tthc.qt", "tthc-admins");
            for (int i = 0; i < PERSONS; i++) {
                tasks.complete(task(pis.get(i)).getId(), Map.of("tthcAccountUsername", "bench" + numbers.get(i)
                        .substring(numbers.get(i).lastIndexOf('-') + 1), "accountCreatedOn", today));
            }
            identity.clearAuthentication();
        }

        /** The same steps through the bare processes, with the same form variables. */
        void bare() {
            String today = LocalDate.now(VN).toString();
            List<String> pis = new ArrayList<>();
            for (int i = 0; i < PERSONS; i++) {
                as("ldtb.cv1", "applicants");
                String pi = runtime.startProcessInstanceByKey("Bare_Person", "BARE-" + (++person),
                        FoundationBenchmark.formVariables(person + 500_000)).getId();
                pis.add(pi);
                as("ldtb.tp1", "unit-head-SLDTBXH_VL");
                tasks.complete(task(pi).getId(), Map.of("decision", "CONFIRM"));
            }
            identity.clearAuthentication();
            awaitJobs();
            as("ldtb.vp", "office-SLDTBXH");
            String letterPi = runtime.startProcessInstanceByKey("Bare_Letter").getId();
            tasks.complete(task(letterPi).getId(), Map.of("letterNumber", String.valueOf(++letter), "letterDate", today));
            as("ldtb.gd", "director-SLDTBXH");
            tasks.complete(task(letterPi).getId(), Map.of("directorDecision", "SIGN"));
            identity.clearAuthentication();
            awaitJobs();
            for (String pi : pis) {
                runtime.createMessageCorrelation("Bare_Letter").processInstanceId(pi).correlate();
            }
            as("stttt.cv", "aggregator");
            String batchPi = runtime.startProcessInstanceByKey("Bare_Batch").getId();
            tasks.complete(task(batchPi).getId(), Map.of("chosenLetters", "1"));
            as("stttt.ld", "aggregator-leaders");
            tasks.complete(task(batchPi).getId(), Map.of("leaderDecision", "SIGN"));
            as("stttt.cv", "aggregator");
            tasks.complete(task(batchPi).getId(), Map.of("outgoingNumber", String.valueOf(letter), "sentDate", today,
                    "channel", "EDOC"));
            as("pc06.cb", "pc06");
            tasks.complete(task(batchPi).getId(), Map.of("approvedRequests", "all"));
            identity.clearAuthentication();
            for (String pi : pis) {
                runtime.createMessageCorrelation("Bare_Decision").processInstanceId(pi)
                        .setVariable("pc06Decision", "APPROVED").correlate();
            }
            as("tthc.qt", "tthc-admins");
            for (String pi : pis) {
                tasks.complete(task(pi).getId(), Map.of("tthcAccountUsername", "bare" + pi, "accountCreatedOn", today));
            }
            identity.clearAuthentication();
        }
    }
}
