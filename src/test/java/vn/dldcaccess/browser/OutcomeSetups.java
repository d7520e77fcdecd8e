package vn.dldcaccess.browser;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.EngineJobs;
import vn.dldcaccess.support.SampleForms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways to a form's starting state that are not what {@link FormOutcomesBrowserIT} tests: the engine's REST
 * as each demo person (the same checks as the Tasklist), so a form under test opens in seconds.
 */
final class OutcomeSetups {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    final ChainClient client;
    final ProcessEngine engine;

    OutcomeSetups(ChainClient client, ProcessEngine engine) {
        this.client = client;
        this.engine = engine;
    }

    void jobs() {
        EngineJobs.runMessages(engine);
    }

    /** The newest task of this kind the user sees (as the Tasklist lists it), or null. */
    String task(String user, String taskKey) throws Exception {
        JsonNode list = client.json.readTree(client.get(user, "/engine-rest/task?taskDefinitionKey=" + taskKey
                + "&sortBy=created&sortOrder=desc"));
        return list.isEmpty() ? null : list.get(0).get("id").asText();
    }

    String task(String user, String businessKey, String taskKey) throws Exception {
        return client.task(user, businessKey, taskKey);
    }

    void complete(String user, String taskId, Map<String, Object> variables) {
        client.ok(client.complete(user, taskId, variables));
        jobs();
    }

    /** Form 1658 filed through the engine in the applicant's own name. */
    String registration(String applicant, String citizenId, String unit, String email, String gender, String dob)
            throws Exception {
        Map<String, Object> form = SampleForms.as(applicant, SampleForms.valid(citizenId, unit, email));
        form.put("gender", gender);
        form.put("dateOfBirth", dob);
        String key = client.start(applicant, "Process_AccountRegistration", form);
        jobs();
        return key;
    }

    String confirmed(String applicant, String head, String citizenId, String unit, String email, String gender, String dob)
            throws Exception {
        String key = registration(applicant, citizenId, unit, email, gender, dob);
        complete(head, task(head, key, "Task_ConfirmByUnitHead"), Map.of("decision", "CONFIRM"));
        return key;
    }

    /** An agency letter with these requests, prepared by the office and signed by the director. */
    String signedLetter(String office, String director, String number, List<String> requests) throws Exception {
        String key = client.start(office, "Process_AgencySubmission", Map.of());
        jobs();
        complete(office, task(office, key, "Task_PrepareAgencyLetter"), Map.of("includedRequestNumbers",
                client.jsonList(requests), "letterNumber", number, "letterDate", TODAY.toString()));
        complete(director, task(director, key, "Task_SignByDirector"), Map.of("directorDecision", "SIGN"));
        return key;
    }

    /** An account entered by the agency office; its id. */
    long recorded(String office, String system, String holder, String username, LocalDate granted) throws Exception {
        String key = client.start(office, "Process_AccountRecording", Map.of("accountSystem", system,
                "holderUsername", holder, "accountUsername", username, "grantedOn", granted.toString()));
        jobs();
        return Long.parseLong(key.substring("TK-".length()));
    }

    Map<String, Object> authorization(String system, String delegate, LocalDate from, LocalDate to) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("accountSystem", system);
        v.put("delegateUsername", delegate);
        v.put("validFrom", from.toString());
        v.put("validTo", to.toString());
        v.put("reasonCode", "CONG_TAC");
        v.put("scope", "Tiếp nhận, xử lý văn bản đến của phòng");
        v.put("holderDuties", "Bàn giao đúng phạm vi công việc");
        v.put("delegateDuties", "Không chia sẻ tài khoản");
        return v;
    }

    /** A giấy ủy quyền filed by the holder and, when {@code accepted}, accepted by the delegate. */
    String authorization(String holder, String delegate, String system, LocalDate from, LocalDate to, boolean accepted)
            throws Exception {
        String key = client.start(holder, "Process_AuthorizationLetter", authorization(system, delegate, from, to));
        jobs();
        if (accepted) {
            complete(delegate, task(delegate, key, "Task_AcceptByDelegate"), Map.of("delegateAnswer", "ACCEPT"));
        }
        return key;
    }

    /** Fires the one timer of a process instance (by business key) that waits now. */
    void fireTimer(String businessKey) {
        var m = engine.getManagementService();
        String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult().getId();
        m.createJobQuery().processInstanceId(pi).timers().list().stream()
                .filter(j -> j.getDuedate() != null)
                .min(java.util.Comparator.comparing(org.camunda.bpm.engine.runtime.Job::getDuedate))
                .ifPresent(j -> m.executeJob(j.getId()));
        jobs();
    }

    /** Whether the process instance of this business key is still running at this activity. */
    boolean at(String businessKey, String activity) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .activityIdIn(activity).count() > 0;
    }

    boolean ended(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() == 0
                && engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .count() > 0;
    }

    /** Whether the process of this business key has passed this activity (an end event, a task). */
    boolean passed(String businessKey, String activity) {
        var h = engine.getHistoryService();
        return h.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .anyMatch(p -> h.createHistoricActivityInstanceQuery().processInstanceId(p.getId()).activityId(activity)
                        .finished().count() > 0);
    }
}
