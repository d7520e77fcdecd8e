package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.AttackProbe;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.ComposeTask;
import vn.dldcaccess.support.EngineJobs;
import vn.dldcaccess.support.SampleForms;
import vn.dldcaccess.support.StateSnapshot;
import vn.dldcaccess.support.WebappSession;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dldcaccess.support.AttackProbe.BOTH;
import static vn.dldcaccess.support.AttackProbe.REST_ONLY;

/**
 * The chain tried as an attacker would, with the ordinary demo log-ins: every role against the others, through
 * the engine REST API and through the webapps' engine API (a real session with its CSRF token), against a task of
 * every process. Each attempt must be refused, in Vietnamese where a person reads it, and change nothing: no
 * variable, task, candidate, register line, document, account or mail. The fixtures are built as the people do,
 * and finished at the end so that no other test meets an open request of this one.
 */
class AttackSuiteSpringTest extends AbstractSpringTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.now(VN);
    static final String NO_RIGHT = "Anh/Chị không có quyền thực hiện thao tác này";
    static final String NOT_IN_FORM = "không có trong biểu mẫu này";
    /** A process the person may not start is, for them, no process at all (the engine answers 404). */
    /** A process nobody in the group may read (everyone reads those with tasks, to see their names: 403 then). */
    static final String NOT_STARTABLE = "Không tìm thấy";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;
    final ObjectMapper json = new ObjectMapper();
    ChainClient client;
    AttackProbe probe;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
        probe = new AttackProbe(rest, jdbc, port);
    }

    String form(Object... keysAndValues) throws Exception {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object v = keysAndValues[i + 1];
            vars.put((String) keysAndValues[i], v instanceof Map<?, ?> typed ? typed : Map.of("value", v));
        }
        return json.writeValueAsString(Map.of("variables", vars));
    }

    /** The same submission with one more variable beside the form's fields. */
    String withExtra(String formJson, String name, Object value) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = json.readValue(formJson, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = new LinkedHashMap<>((Map<String, Object>) body.getOrDefault("variables", Map.of()));
        vars.put(name, Map.of("value", value));
        return json.writeValueAsString(Map.of("variables", vars));
    }

    String task(String user, String key, String taskKey) throws Exception {
        String id = client.task(user, key, taskKey);
        assertThat(id).as(taskKey + " of " + key + " for " + user).isNotNull();
        return id;
    }

    String instance(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).list().get(0).getId();
    }

    /** The same shapes against a task of any process: its holder may not reroute it or write beside its form. */
    void taskShapes(String process, String holder, String taskId, String stranger, String completeForm) throws Exception {
        probe.refused(process + ": holder writes a variable of the task", holder, BOTH, "PUT",
                "task/" + taskId + "/variables/candidateGroup", "{\"value\": \"camunda-admin\"}", 403, NO_RIGHT);
        probe.refused(process + ": holder writes local variables", holder, BOTH, "POST",
                "task/" + taskId + "/localVariables", "{\"modifications\": {\"x\": {\"value\": 1}}}", 403, NO_RIGHT);
        probe.refused(process + ": holder adds a candidate group", holder, BOTH, "POST",
                "task/" + taskId + "/identity-links", "{\"groupId\": \"office-STP\", \"type\": \"candidate\"}", 403, NO_RIGHT);
        probe.refused(process + ": holder hands the task to someone", holder, BOTH, "POST",
                "task/" + taskId + "/assignee", "{\"userId\": \"" + stranger + "\"}", 403, NO_RIGHT);
        probe.refused(process + ": holder claims it for someone else", holder, BOTH, "POST",
                "task/" + taskId + "/claim", "{\"userId\": \"" + stranger + "\"}", 403, "Chỉ nhận được việc cho chính mình");
        probe.refused(process + ": holder delegates it", holder, REST_ONLY, "POST",
                "task/" + taskId + "/delegate", "{\"userId\": \"" + stranger + "\"}", 403, NO_RIGHT);
        probe.refused(process + ": a variable naming a person rides along", holder, BOTH, "POST",
                "task/" + taskId + "/submit-form", withExtra(completeForm, "applicant", stranger), 400, NOT_IN_FORM);
        probe.refused(process + ": a serialized object rides along", holder, REST_ONLY, "POST",
                "task/" + taskId + "/complete", form("payload", Map.of("value", "rO0AB", "type", "Object", "valueInfo",
                        Map.of("objectTypeName", "java.util.HashMap", "serializationDataFormat",
                                "application/x-java-serialized-object"))), 400, NOT_IN_FORM);
        probe.refused(process + ": a stranger completes it with the right form", stranger, BOTH, "POST",
                "task/" + taskId + "/submit-form", completeForm, 403, NO_RIGHT);
    }

    @Test
    void everyRoleAgainstEveryOtherIsRefusedAndNothingChanges() throws Exception {
        registrationAndTheEnginesOwnDoors();
        ownRequests();
        String letterKey = agencyLetter();
        String approved = batchToPc06(letterKey);
        provisioning(approved);
        String iofficeKey = recordingAuthorizationAndPassword();
        revocation();
        review();
        finishOpenFixtures(iofficeKey);
        System.out.println("Attack suite: " + probe.attempts() + " attempts, all refused, 0 state changes\n  "
                + String.join("\n  ", probe.log()));
        assertThat(probe.attempts()).isGreaterThanOrEqualTo(80);
    }

    String r1;

    void registrationAndTheEnginesOwnDoors() throws Exception {
        Map<String, Object> f = SampleForms.valid("089190000951", "SLDTBXH_VL", "huongnt@angiang.gov.vn");
        probe.refused("an applicant files as a colleague", "ldtb.cv1", BOTH, "POST",
                "process-definition/key/Process_AccountRegistration/submit-form",
                json.writeValueAsString(Map.of("variables", Map.of("applicant", Map.of("value", "ldtb.cv2"),
                        "fullName", Map.of("value", "Trần Văn Đức")))), 400, "trường “applicant” không có trong biểu mẫu này");
        probe.refused("an applicant chooses the request number", "ldtb.cv1", BOTH, "POST",
                "process-definition/key/Process_AccountRegistration/submit-form",
                "{\"businessKey\": \"SLĐTBXH-2026-999999\", \"variables\": {}}", 400, "số hồ sơ do hệ thống cấp");
        probe.refused("an applicant starts without the form", "ldtb.cv1", REST_ONLY, "POST",
                "process-definition/key/Process_AccountRegistration/start", "{\"variables\": {}}", 403, NO_RIGHT);
        probe.refused("an applicant of another agency files into this one", "stp.cv1", REST_ONLY, "POST",
                "process-definition/key/Process_AccountRegistration/submit-form", form(f.entrySet().stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray()), 400,
                "không thuộc cơ quan của người đăng ký");
        r1 = client.start("ldtb.cv1", "Process_AccountRegistration", f);
        String confirm = task("ldtb.tp1", r1, "Task_ConfirmByUnitHead");
        String pi = instance(r1);
        taskShapes("registration", "ldtb.tp1", confirm, "ldtb.tp2", form("decision", "CONFIRM"));
        probe.refused("the head of another unit confirms", "ldtb.tp2", BOTH, "POST", "task/" + confirm + "/complete",
                form("decision", "CONFIRM"), 403, NO_RIGHT);
        probe.refused("a unit head of another agency confirms", "stp.tp1", BOTH, "POST",
                "task/" + confirm + "/submit-form", form("decision", "CONFIRM"), 403, NO_RIGHT);
        probe.refused("the administrator confirms in the unit head's place", "demo", REST_ONLY, "POST",
                "task/" + confirm + "/submit-form", form("decision", "CONFIRM"), 400,
                "Chỉ lãnh đạo đơn vị của người đăng ký mới xác nhận");
        probe.refused("the applicant confirms her own request", "ldtb.cv1", BOTH, "POST",
                "task/" + confirm + "/submit-form", form("decision", "CONFIRM"), 403, NO_RIGHT);
        probe.refused("a 6 MB Json rides along", "ldtb.tp1", REST_ONLY, "POST", "task/" + confirm + "/submit-form",
                form("decision", "CONFIRM", "blob", Map.of("type", "Json", "value", "[\"" + "x".repeat(6_000_000) + "\"]")),
                413, "Nội dung gửi lên quá lớn");
        probe.refused("the decision as bytes", "ldtb.tp1", BOTH, "POST", "task/" + confirm + "/submit-form",
                form("decision", Map.of("value", "Q09ORklSTQ==", "type", "Bytes")), 400, "phải là văn bản");
        probe.refused("the applicant rewrites the routing variable", "ldtb.cv1", BOTH, "PUT",
                "process-instance/" + pi + "/variables/unitHeadGroup", "{\"value\": \"unit-head-SLDTBXH_NCC\"}", 403, NO_RIGHT);
        probe.refused("the applicant writes process variables", "ldtb.cv1", BOTH, "POST",
                "process-instance/" + pi + "/variables", "{\"modifications\": {\"applicant\": {\"value\": \"ldtb.cv2\"}}}",
                403, NO_RIGHT);
        probe.refused("the applicant sends PC06's decision herself", "ldtb.cv1", BOTH, "POST", "message",
                "{\"messageName\": \"Message_PC06Decision\", \"businessKey\": \"" + r1 + "\", \"processVariables\": "
                        + "{\"pc06Decision\": {\"value\": \"APPROVED\"}}}", 403, NO_RIGHT);
        probe.refused("a signal", "ldtb.tp1", BOTH, "POST", "signal", "{\"name\": \"x\"}", 403, NO_RIGHT);
        probe.refused("the applicant deletes her request's process", "ldtb.cv1", BOTH, "DELETE",
                "process-instance/" + pi, null, 403, NO_RIGHT);
        probe.refused("a unit head moves the process on", "ldtb.tp1", REST_ONLY, "POST",
                "process-instance/" + pi + "/modification", "{\"instructions\": [{\"type\": \"startBeforeActivity\", "
                        + "\"activityId\": \"Task_ProvisionAccount\"}]}", 403, NO_RIGHT);
        probe.refused("a unit head suspends it", "ldtb.tp1", REST_ONLY, "PUT", "process-instance/" + pi + "/suspended",
                "{\"suspended\": true}", 403, NO_RIGHT);
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(pi).timers().list().get(0);
        probe.refused("a unit head fires the reminder timer", "ldtb.tp1", REST_ONLY, "POST",
                "job/" + reminder.getId() + "/execute", null, 403, NO_RIGHT);
        probe.refused("a unit head moves a timer", "ldtb.tp1", REST_ONLY, "PUT", "job/" + reminder.getId() + "/duedate",
                "{\"duedate\": \"2030-01-01T00:00:00.000+0700\"}", 403, NO_RIGHT);
        probe.refused("whose groups the director is in", "ldtb.cv1", BOTH, "GET", "identity/groups?userId=ldtb.gd", null,
                403, "chỉ xem được các nhóm của chính mình");
        probe.refused("the groups of another user", "ldtb.cv1", BOTH, "GET", "group?member=ldtb.gd", null, 403,
                "chỉ xem được các nhóm của chính mình");
        probe.refused("the members of the directors' group", "ldtb.vp", BOTH, "GET", "user?memberOfGroup=director-SLDTBXH",
                null, 403, "chỉ xem được các nhóm của chính mình");
        probe.refused("an applicant makes herself a user", "ldtb.cv1", REST_ONLY, "POST", "user/create",
                "{\"profile\": {\"id\": \"x.attacker\"}, \"credentials\": {\"password\": \"mot-mat-khau-dai\"}}", 403, NO_RIGHT);
        probe.refused("an applicant makes a group", "ldtb.cv1", REST_ONLY, "POST", "group/create",
                "{\"id\": \"director-x\", \"name\": \"x\"}", 403, NO_RIGHT);
        probe.refused("an applicant joins the directors", "ldtb.cv1", REST_ONLY, "PUT",
                "group/director-SLDTBXH/members/ldtb.cv1", null, 403, NO_RIGHT);
        probe.refused("an applicant grants herself", "ldtb.cv1", REST_ONLY, "POST", "authorization/create",
                "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"ldtb.cv1\", \"resourceType\": 7, \"resourceId\": \"*\"}",
                403, NO_RIGHT);
        probe.refused("an applicant makes a filter", "ldtb.cv1", REST_ONLY, "POST", "filter/create",
                "{\"resourceType\": \"Task\", \"name\": \"x\", \"query\": {}}", 403, NO_RIGHT);
        probe.refused("a person changes the director's password", "ldtb.vp", REST_ONLY, "PUT",
                "user/ldtb.gd/credentials", "{\"password\": \"mot-mat-khau-rat-dai-2026\", \"authenticatedUserPassword\": "
                        + "\"demo\"}", 403, NO_RIGHT);
        probe.refused("a person renames the director", "ldtb.vp", REST_ONLY, "PUT", "user/ldtb.gd/profile",
                "{\"id\": \"ldtb.gd\", \"firstName\": \"Võ Thị\", \"lastName\": \"Ánh\"}", 403, NO_RIGHT);
        probe.refused("a person deploys a process", "ldtb.vp", REST_ONLY, "POST", "deployment/create", "{}", 403, NO_RIGHT);
        probe.refused("a person takes external tasks", "ldtb.vp", REST_ONLY, "POST", "external-task/fetchAndLock",
                "{\"workerId\": \"x\", \"maxTasks\": 1, \"topics\": []}", 403, NO_RIGHT);
        probe.refused("a person cleans the history", "ldtb.vp", REST_ONLY, "POST", "history/cleanup", null, 403, NO_RIGHT);
        probe.refused("a person deletes processes in a batch", "ldtb.vp", REST_ONLY, "POST", "process-instance/delete",
                "{\"processInstanceIds\": [\"" + pi + "\"]}", 403, NO_RIGHT);
        probe.refused("a comment with NUL", "ldtb.tp1", BOTH, "POST", "task/" + confirm + "/comment/create",
                "{\"message\": \"a\\u0000b\"}", 400, "Ý kiến: có ký tự điều khiển");
        probe.refused("a comment on another process", "ldtb.tp1", BOTH, "POST", "task/" + confirm + "/comment/create",
                "{\"message\": \"ok\", \"processInstanceId\": \"x\"}", 400, "gắn với chính công việc này");
        // the webapps' CSRF protection stays on: a cross-site form cannot complete a task
        // (its own session: Camunda ends a session whose request came without the token)
        StateSnapshot before = StateSnapshot.take(jdbc);
        var noToken = vn.dldcaccess.support.WebappSession.login(port, "ldtb.tp1", "demo")
                .engine("POST", "task/" + confirm + "/submit-form", form("decision", "CONFIRM"), false);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(StateSnapshot.take(jdbc).changedSince(before)).isEmpty();
        var anonymous = probe.restCall(null, "GET", "task", null);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    }

    String own;
    String ownLetter;
    static final String SELF = "Không ai tự xác nhận, trả lại hoặc từ chối phiếu đăng ký của chính mình";

    /** Gives a task to a group as a model before issue 23 did: the test's own setup, past every door. */
    void offerAsBefore(String taskId, String group) {
        engine.getTaskService().addCandidateGroup(taskId, group);
    }

    void withdraw(String taskId, String group) {
        engine.getTaskService().deleteCandidateGroup(taskId, group);
    }

    /**
     * Issue 23, as the security assessment found it: nobody files in another's name, nobody decides on their own
     * request, and the task of it is never given to them by itself; the other head or the office decides.
     */
    void ownRequests() throws Exception {
        String start = "process-definition/key/Process_AccountRegistration/submit-form";
        Map<String, Object> asDirector = SampleForms.valid("089190000953", "SLDTBXH_VL", "huongnt@angiang.gov.vn");
        asDirector.put("fullName", "Huỳnh Văn Thắng");
        probe.refused("an applicant files in the director's name", "ldtb.cv1", BOTH, "POST", start, form(asDirector),
                400, "Họ và tên: phải là họ và tên của chính người đăng ký (Nguyễn Thị Hường)");
        probe.refused("an applicant files for another unit of her agency", "ldtb.cv1", BOTH, "POST", start,
                form(SampleForms.valid("089190000954", "SLDTBXH_NCC", "huongnt@angiang.gov.vn")), 400,
                "Đơn vị công tác: phải là đơn vị của người đăng ký (Phòng Việc làm - An toàn lao động)");

        // ldtb.tp2, the only head of his unit, files for himself: the task goes to the agency office, not to him
        Map<String, Object> viet = SampleForms.as("ldtb.tp2", SampleForms.valid("089080000955", "SLDTBXH_NCC",
                "vietpq@angiang.gov.vn"));
        viet.put("gender", "NAM");
        viet.put("dateOfBirth", "1980-03-14");
        viet.put("position", "Trưởng phòng");
        own = client.start("ldtb.tp2", "Process_AccountRegistration", viet);
        var confirm = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(own).singleResult();
        assertThat(engine.getTaskService().getIdentityLinksForTask(confirm.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).toList())
                .extracting(l -> l.getGroupId() == null ? l.getUserId() : l.getGroupId())
                .containsExactly("office-SLDTBXH");
        assertThat(confirm.getAssignee()).as("the office's one member, never the applicant").isEqualTo("ldtb.vp");
        String decide = form("decision", "CONFIRM");
        probe.refused("a unit head confirms his own request", "ldtb.tp2", BOTH, "POST",
                "task/" + confirm.getId() + "/submit-form", decide, 403, NO_RIGHT);
        probe.refused("a unit head claims his own request's task", "ldtb.tp2", BOTH, "POST",
                "task/" + confirm.getId() + "/claim", "{\"userId\": \"ldtb.tp2\"}", 403, null);
        probe.refused("the head of another unit confirms a head's own request", "ldtb.tp1", BOTH, "POST",
                "task/" + confirm.getId() + "/submit-form", decide, 403, NO_RIGHT);
        probe.refused("the administrator confirms a head's own request", "demo", REST_ONLY, "POST",
                "task/" + confirm.getId() + "/submit-form", decide, 400,
                "Phiếu của lãnh đạo đơn vị khi đơn vị không còn lãnh đạo nào khác: chỉ Văn phòng cơ quan");
        // a task offered to him as before (a model, a migration or an administrator's slip): the request refuses him
        offerAsBefore(confirm.getId(), "unit-head-SLDTBXH_NCC");
        probe.refused("a unit head confirms his own request offered to his group", "ldtb.tp2", BOTH, "POST",
                "task/" + confirm.getId() + "/submit-form", decide, 400, SELF);
        probe.refused("a unit head rejects his own request offered to his group", "ldtb.tp2", REST_ONLY, "POST",
                "task/" + confirm.getId() + "/submit-form", form("decision", "REJECT", "decisionComment", "x"), 400, SELF);
        withdraw(confirm.getId(), "unit-head-SLDTBXH_NCC");
        // the office decides in his place: it returns the form, he corrects it, it comes back to the office
        client.ok(client.complete("ldtb.vp", confirm.getId(), Map.of("decision", "RETURN",
                "decisionComment", "Ghi rõ nhiệm vụ được giao")));
        client.ok(client.complete("ldtb.tp2", task("ldtb.tp2", own, "Task_CorrectRegistration"), viet));
        var again = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(own).singleResult();
        assertThat(again.getTaskDefinitionKey()).isEqualTo("Task_ConfirmByUnitHead");
        assertThat(again.getAssignee()).isEqualTo("ldtb.vp");
        assertThat(client.task("ldtb.tp2", own, "Task_ConfirmByUnitHead")).as("never in his own list").isNull();

        // a unit head's own giấy ủy quyền: neither she nor her delegate approves it; the office does
        client.start("stp.vp", "Process_AccountRecording", Map.of("accountSystem", "IOFFICE", "holderUsername",
                "stp.tp1", "accountUsername", "atk.tungnt.io", "grantedOn", TODAY.toString()));
        ownLetter = client.start("stp.tp1", "Process_AuthorizationLetter", Map.of("accountSystem", "IOFFICE",
                "delegateUsername", "stp.cv1", "validFrom", TODAY.plusDays(40).toString(), "validTo",
                TODAY.plusDays(41).toString(), "reasonCode", "CONG_TAC", "scope", "Tra cứu", "holderDuties", "Bàn giao",
                "delegateDuties", "Giữ bí mật"));
        client.ok(client.complete("stp.cv1", task("stp.cv1", ownLetter, "Task_AcceptByDelegate"),
                Map.of("delegateAnswer", "ACCEPT")));
        var approve = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(ownLetter).singleResult();
        assertThat(engine.getTaskService().getIdentityLinksForTask(approve.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).toList())
                .extracting(l -> l.getGroupId() == null ? l.getUserId() : l.getGroupId())
                .containsExactly("office-STP");
        String approving = form("authorizationDecision", "APPROVE");
        probe.refused("the holder approves her own giấy ủy quyền", "stp.tp1", BOTH, "POST",
                "task/" + approve.getId() + "/submit-form", approving, 403, NO_RIGHT);
        offerAsBefore(approve.getId(), "unit-head-STP_HCTP");
        probe.refused("the holder approves her own giấy ủy quyền offered to her group", "stp.tp1", BOTH, "POST",
                "task/" + approve.getId() + "/submit-form", approving, 400,
                "Người ủy quyền và người được ủy quyền không tự duyệt giấy ủy quyền của mình");
        withdraw(approve.getId(), "unit-head-STP_HCTP");
        probe.refused("the delegate approves the giấy ủy quyền naming her", "stp.cv1", BOTH, "POST",
                "task/" + approve.getId() + "/submit-form", approving, 403, NO_RIGHT);

        // nobody enters her own account, nobody reports herself
        probe.refused("the office records her own account", "ldtb.vp", BOTH, "POST",
                "process-definition/key/Process_AccountRecording/submit-form", form("accountSystem", "IOFFICE",
                        "holderUsername", "ldtb.vp", "accountUsername", "atk.anhvtn.io", "grantedOn", TODAY.toString()),
                400, "Không ai tự ghi vào sổ tài khoản VNPT-iOffice của chính mình");
        probe.refused("a unit head reports herself as leaving", "ldtb.tp1", BOTH, "POST",
                "process-definition/key/Process_AccountRevocation/submit-form", form("personUsername", "ldtb.tp1",
                        "leaveReason", "RETIREMENT", "handoverDate", TODAY.toString()), 400,
                "Người nghỉ / chuyển: không ai tự báo cáo chính mình");
    }

    String form(Map<String, Object> values) throws Exception {
        return form(values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray());
    }

    String agencyLetter() throws Exception {
        String r2 = client.start("ldtb.cv3", "Process_AccountRegistration",
                SampleForms.as("ldtb.cv3", SampleForms.valid("089190000952", "SLDTBXH_VL", "yenlh@angiang.gov.vn")));
        client.ok(client.complete("ldtb.tp1", task("ldtb.tp1", r2, null), Map.of("decision", "CONFIRM")));
        EngineJobs.runMessages(engine);
        probe.refused("an office opens a letter of another agency", "ldtb.vp", BOTH, "POST",
                "process-definition/key/Process_AgencySubmission/submit-form", form("agencyCode", "STP"), 400, NOT_IN_FORM);
        probe.refused("an office opens a letter as another office", "stp.vp", BOTH, "POST",
                "process-definition/key/Process_AgencySubmission/submit-form", form("officeUser", "ldtb.vp"), 400, NOT_IN_FORM);
        probe.refused("an applicant opens a letter", "ldtb.cv1", REST_ONLY, "POST",
                "process-definition/key/Process_AgencySubmission/submit-form", "{}", 403, NO_RIGHT);
        String key = client.start("ldtb.vp", "Process_AgencySubmission", Map.of());
        String prepare = task("ldtb.vp", key, "Task_PrepareAgencyLetter");
        String letterForm = form("includedRequestNumbers", Map.of("type", "Json", "value",
                json.writeValueAsString(List.of(r2))), "letterNumber", "911", "letterDate", TODAY.toString());
        probe.refused("the office routes the signature to itself", "ldtb.vp", BOTH, "PUT",
                "task/" + prepare + "/variables/directorGroup", "{\"value\": \"office-SLDTBXH\"}", 403, NO_RIGHT);
        probe.refused("the office routes it through the form", "ldtb.vp", BOTH, "POST", "task/" + prepare + "/submit-form",
                withExtra(letterForm, "directorGroup", "office-SLDTBXH"), 400,
                "trường “directorGroup” không có trong biểu mẫu này");
        taskShapes("agency letter", "ldtb.vp", prepare, "stp.vp", letterForm);
        client.ok(client.post("ldtb.vp", "/task/" + prepare + "/submit-form", Map.of("includedRequestNumbers",
                client.jsonList(List.of(r2)), "letterNumber", "911", "letterDate", TODAY.toString())));
        String sign = task("ldtb.gd", key, "Task_SignByDirector");
        probe.refused("the office signs in the director's place", "ldtb.vp", BOTH, "POST", "task/" + sign + "/submit-form",
                form("directorDecision", "SIGN"), 403, NO_RIGHT);
        probe.refused("another agency's director signs", "stp.gd", BOTH, "POST", "task/" + sign + "/submit-form",
                form("directorDecision", "SIGN"), 403, NO_RIGHT);
        probe.refused("the administrator signs in the director's place", "demo", REST_ONLY, "POST",
                "task/" + sign + "/submit-form", form("directorDecision", "SIGN"), 400, "Chỉ Giám đốc (lãnh đạo) của cơ quan");
        probe.refused("the director's form carries the office group", "ldtb.gd", BOTH, "POST",
                "task/" + sign + "/submit-form", form("directorDecision", "SIGN", "officeGroup", "x"), 400, NOT_IN_FORM);
        probe.refused("the office tells the request it is in a letter", "ldtb.vp", BOTH, "POST", "message",
                "{\"messageName\": \"Message_IncludedInAgencyLetter\", \"businessKey\": \"" + r2 + "\"}", 403, NO_RIGHT);
        client.ok(client.complete("ldtb.gd", sign, Map.of("directorDecision", "SIGN")));
        EngineJobs.runMessages(engine);
        return r2;
    }

    String batchToPc06(String r2) throws Exception {
        long letter = jdbc.queryForObject("select a.id from agg_letter a join sub_agency_letter s on s.id = a.agency_letter_id"
                + " where s.letter_number = ?", Long.class, "911/SLĐTBXH-VP");
        ComposeTask offered = ComposeTask.offering(engine, client, letter);
        String compose = offered.taskId();
        String batchKey = offered.batchKey();
        String composeForm = form("chosenLetters", Map.of("type", "Json", "value",
                json.writeValueAsString(List.of(String.valueOf(letter)))));
        taskShapes("batch", "stttt.cv", compose, "ldtb.vp", composeForm);
        client.ok(client.complete("stttt.cv", compose, Map.of("chosenLetters", client.jsonList(List.of(String.valueOf(letter))))));
        String sign = task("stttt.ld", batchKey, "Task_SignBatchLetter");
        probe.refused("the aggregator's staff signs in the leader's place", "stttt.cv", BOTH, "POST",
                "task/" + sign + "/submit-form", form("leaderDecision", "SIGN"), 403, NO_RIGHT);
        probe.refused("the administrator signs the batch", "demo", REST_ONLY, "POST", "task/" + sign + "/submit-form",
                form("leaderDecision", "SIGN"), 400, "Chỉ lãnh đạo cơ quan tổng hợp ký");
        client.ok(client.complete("stttt.ld", sign, Map.of("leaderDecision", "SIGN")));
        String send = task("stttt.cv", batchKey, "Task_SendToPC06");
        probe.refused("PC06 records the dispatch", "pc06.cb", BOTH, "POST", "task/" + send + "/submit-form",
                form("outgoingNumber", "9911", "sentDate", TODAY.toString(), "channel", "EDOC"), 403, NO_RIGHT);
        client.ok(client.complete("stttt.cv", send, Map.of("outgoingNumber", "9911", "sentDate", TODAY.toString(),
                "channel", "EDOC")));
        String decide = task("pc06.cb", batchKey, "Task_RecordPC06Decisions");
        String approve = form("approvedRequests", Map.of("type", "Json", "value", json.writeValueAsString(List.of(r2))));
        taskShapes("PC06 decisions", "pc06.cb", decide, "ldtb.vp", approve);
        probe.refused("the aggregator's leader records PC06's decisions", "stttt.ld", BOTH, "POST",
                "task/" + decide + "/submit-form", approve, 403, NO_RIGHT);
        probe.refused("the administrator records PC06's decisions", "demo", REST_ONLY, "POST",
                "task/" + decide + "/submit-form", approve, 400, "Chỉ cơ quan tổng hợp hoặc PC06 ghi kết quả của PC06");
        probe.refused("PC06 closes the batch by a variable", "pc06.cb", BOTH, "POST", "task/" + decide + "/submit-form",
                form("allDecided", true), 400, NOT_IN_FORM);
        probe.refused("PC06 sends the reply message itself", "pc06.cb", BOTH, "POST", "message",
                "{\"messageName\": \"Message_PC06ReplyUploaded\", \"businessKey\": \"" + batchKey + "\", "
                        + "\"processVariables\": {\"allDecided\": {\"value\": true}}}", 403, NO_RIGHT);
        client.ok(client.complete("pc06.cb", decide, Map.of("approvedRequests", client.jsonList(List.of(r2)))));
        return r2;
    }

    void provisioning(String r2) throws Exception {
        String provision = task("tthc.qt", r2, "Task_ProvisionAccount");
        String provisionForm = form("tthcAccountUsername", "atk.yenlh", "accountCreatedOn", TODAY.toString());
        taskShapes("provisioning", "tthc.qt", provision, "stttt.cv", provisionForm);
        probe.refused("the administrator provisions a DLDC account", "demo", REST_ONLY, "POST",
                "task/" + provision + "/submit-form", provisionForm, 400, "Chỉ quản trị Hệ thống TTHC tạo tài khoản DLDC");
        client.ok(client.complete("tthc.qt", provision, Map.of("tthcAccountUsername", "atk.yenlh",
                "accountCreatedOn", TODAY.toString())));
    }

    String recordingAuthorizationAndPassword() throws Exception {
        String recordPath = "process-definition/key/Process_AccountRecording/submit-form";
        probe.refused("an office records as another office", "ldtb.vp", BOTH, "POST", recordPath, form("accountSystem",
                "IOFFICE", "holderUsername", "ldtb.cv1", "accountUsername", "atk.x", "grantedOn", TODAY.toString(),
                "officeUser", "stp.vp"), 400, NOT_IN_FORM);
        probe.refused("an office records an account of another agency", "stp.vp", BOTH, "POST", recordPath,
                form("accountSystem", "IOFFICE", "holderUsername", "ldtb.cv1", "accountUsername", "atk.x",
                        "grantedOn", TODAY.toString()), 400, "không có người có tên đăng nhập \\\"ldtb.cv1\\\" trong cơ quan");
        probe.refused("an applicant records an account", "ldtb.cv1", REST_ONLY, "POST", recordPath,
                form("accountSystem", "IOFFICE"), 404, NOT_STARTABLE);
        String tk = client.start("ldtb.vp", "Process_AccountRecording", Map.of("accountSystem", "IOFFICE",
                "holderUsername", "ldtb.cv1", "accountUsername", "atk.huongnt.io",
                "grantedOn", TODAY.minusDays(40).toString()));
        String letterPath = "process-definition/key/Process_AuthorizationLetter/submit-form";
        String letter = form("accountSystem", "IOFFICE", "delegateUsername", "ldtb.cv3", "validFrom",
                TODAY.plusDays(1).toString(), "validTo", TODAY.plusDays(3).toString(), "reasonCode", "CONG_TAC",
                "scope", "Tra cứu", "holderDuties", "Bàn giao", "delegateDuties", "Giữ bí mật");
        probe.refused("a colleague hands the holder's account to herself", "ldtb.cv3", BOTH, "POST", letterPath,
                withExtra(letter, "holder", "ldtb.cv1"), 400, "trường “holder” không có trong biểu mẫu này");
        String uq = client.start("ldtb.cv1", "Process_AuthorizationLetter", Map.of("accountSystem", "IOFFICE",
                "delegateUsername", "ldtb.cv3", "validFrom", TODAY.plusDays(1).toString(), "validTo",
                TODAY.plusDays(3).toString(), "reasonCode", "CONG_TAC", "scope", "Tra cứu", "holderDuties", "Bàn giao",
                "delegateDuties", "Giữ bí mật"));
        // issue 13: only the delegate answers; not the holder, not her unit head, not the administrator
        String accept = task("ldtb.cv3", uq, "Task_AcceptByDelegate");
        String accepting = form("delegateAnswer", "ACCEPT");
        taskShapes("delegate acceptance", "ldtb.cv3", accept, "ldtb.cv1", accepting);
        probe.refused("the holder accepts for her delegate", "ldtb.cv1", BOTH, "POST",
                "task/" + accept + "/submit-form", accepting, 403, NO_RIGHT);
        probe.refused("the unit head accepts for the delegate", "ldtb.tp1", BOTH, "POST",
                "task/" + accept + "/submit-form", accepting, 403, NO_RIGHT);
        probe.refused("the administrator accepts for the delegate", "demo", REST_ONLY, "POST",
                "task/" + accept + "/submit-form", accepting, 400, "Chỉ người được ủy quyền mới trả lời");
        probe.refused("the delegate approves the letter herself", "ldtb.cv3", BOTH, "POST",
                "task/" + accept + "/submit-form", form("delegateAnswer", "ACCEPT", "authorizationDecision", "APPROVE"),
                400, NOT_IN_FORM);
        client.ok(client.complete("ldtb.cv3", accept, Map.of("delegateAnswer", "ACCEPT")));
        String approve = task("ldtb.tp1", uq, "Task_ApproveAuthorization");
        taskShapes("authorization", "ldtb.tp1", approve, "ldtb.tp2", form("authorizationDecision", "APPROVE"));
        probe.refused("the administrator approves a giấy ủy quyền", "demo", REST_ONLY, "POST",
                "task/" + approve + "/submit-form", form("authorizationDecision", "APPROVE"), 400,
                "Chỉ lãnh đạo đơn vị của người ủy quyền");
        client.ok(client.complete("ldtb.tp1", approve, Map.of("authorizationDecision", "REJECT",
                "decisionComment", "Thử nghiệm an toàn")));
        // the password of the account recorded 40 days ago is due: its holder is asked
        String lifecycle = instance(tk);
        Job due = engine.getManagementService().createJobQuery().processInstanceId(lifecycle).timers().singleResult();
        engine.getManagementService().executeJob(due.getId());
        String confirm = task("ldtb.cv1", tk, "Task_ConfirmPasswordChanged");
        String changed = form("passwordChangedOn", TODAY.toString());
        probe.refused("a colleague confirms the holder's password change", "ldtb.cv3", BOTH, "POST",
                "task/" + confirm + "/submit-form", changed, 403, NO_RIGHT);
        probe.refused("the holder gives her task back to nobody", "ldtb.cv1", BOTH, "POST", "task/" + confirm + "/unclaim",
                null, 403, "được giao riêng cho Anh/Chị");
        probe.refused("the administrator confirms a holder's password", "demo", REST_ONLY, "POST",
                "task/" + confirm + "/submit-form", changed, 400, "Chỉ người sử dụng tài khoản atk.huongnt.io xác nhận");
        probe.refused("the holder's form carries the holder", "ldtb.cv1", BOTH, "POST", "task/" + confirm + "/submit-form",
                form("passwordChangedOn", TODAY.toString(), "holder", "ldtb.cv3"), 400, NOT_IN_FORM);
        client.ok(client.complete("ldtb.cv1", confirm, Map.of("passwordChangedOn", TODAY.toString())));
        return tk;
    }

    String th;

    void revocation() throws Exception {
        String path = "process-definition/key/Process_AccountRevocation/submit-form";
        String report = form("personUsername", "ldtb.cv1", "leaveReason", "POSITION_CHANGE", "handoverDate",
                TODAY.toString(), "newPosition", "Chuyên viên chính", "keepSystems", Map.of("type", "Json", "value",
                        "[\"DLDC_TTHC\",\"OFFICIAL_EMAIL\"]"));
        probe.refused("a unit head of another agency closes someone's accounts", "stp.tp1", BOTH, "POST", path, report,
                400, "chỉ lãnh đạo đơn vị hoặc Văn phòng của cơ quan người đó mới báo cáo được");
        probe.refused("the head of another unit reports", "ldtb.tp2", REST_ONLY, "POST", path, report, 400,
                "chỉ lãnh đạo đơn vị hoặc Văn phòng");
        probe.refused("a report names its reporter", "ldtb.vp", BOTH, "POST", path,
                withExtra(report, "reporter", "ldtb.tp1"), 400, NOT_IN_FORM);
        probe.refused("a report as a review's closing", "ldtb.vp", REST_ONLY, "POST", path,
                report.replace("POSITION_CHANGE", "REVIEW"), 400, "Lý do: vui lòng chọn");
        probe.refused("an applicant reports a colleague", "ldtb.cv3", REST_ONLY, "POST", path, report, 403, NO_RIGHT);
        th = client.start("ldtb.vp", "Process_AccountRevocation", Map.of("personUsername", "ldtb.cv1", "leaveReason",
                "POSITION_CHANGE", "handoverDate", TODAY.toString(), "newPosition", "Chuyên viên chính", "keepSystems",
                client.jsonList(List.of("DLDC_TTHC", "OFFICIAL_EMAIL"))));
        String close = task("ldtb.vp", th, "Task_CloseAccount");
        taskShapes("closing", "ldtb.vp", close, "stp.vp", form("closedOn", TODAY.toString()));
        probe.refused("the TTHC administrators close an iOffice account", "tthc.qt", BOTH, "POST",
                "task/" + close + "/submit-form", form("closedOn", TODAY.toString()), 403, NO_RIGHT);
        probe.refused("the closing names another item", "ldtb.vp", BOTH, "POST", "task/" + close + "/submit-form",
                form("closedOn", TODAY.toString(), "itemId", 1), 400, NOT_IN_FORM);
    }

    String rs;

    void review() throws Exception {
        String path = "process-definition/key/Process_AccountReview/submit-form";
        probe.refused("an office opens a review of another agency", "ldtb.vp", BOTH, "POST", path,
                form("agencyCode", "STP"), 400, NOT_IN_FORM);
        probe.refused("a unit head opens a review", "ldtb.tp1", REST_ONLY, "POST", path, "{}", 403, NO_RIGHT);
        if (jdbc.queryForObject("select count(*) from rvw_campaign where agency_code = 'SLDTBXH' and status = 'OPEN'",
                Integer.class) > 0) {
            return;
        }
        rs = client.start("ldtb.vp", "Process_AccountReview", Map.of());
        String vl = task("ldtb.tp1", rs, "Task_ReviewUnitAccounts");
        taskShapes("review", "ldtb.tp1", vl, "ldtb.tp2", form());
        probe.refused("the administrator reviews a unit's accounts", "demo", REST_ONLY, "POST", "task/" + vl + "/submit-form",
                "{\"variables\":{}}", 400, "Chỉ lãnh đạo của đơn vị mới rà soát");
        probe.refused("the review names its unit", "ldtb.tp1", BOTH, "POST", "task/" + vl + "/submit-form",
                form("unitReviewId", 1), 400, NOT_IN_FORM);
    }

    /** What the suite opened is finished, as its people would: nothing of it stays open for other tests. */
    void finishOpenFixtures(String iofficeKey) throws Exception {
        client.ok(client.complete("ldtb.tp1", task("ldtb.tp1", r1, "Task_ConfirmByUnitHead"), Map.of("decision", "REJECT",
                "decisionComment", "Thử nghiệm an toàn")));
        client.ok(client.complete("ldtb.cv1", task("ldtb.cv1", r1, "Task_ReviewRejection"), Map.of()));
        // the head's own request and the head's own giấy ủy quyền: the office decides, as it may
        client.ok(client.complete("ldtb.vp", task("ldtb.vp", own, "Task_ConfirmByUnitHead"), Map.of("decision", "REJECT",
                "decisionComment", "Thử nghiệm an toàn")));
        client.ok(client.complete("ldtb.tp2", task("ldtb.tp2", own, "Task_ReviewRejection"), Map.of()));
        client.ok(client.complete("stp.vp", task("stp.vp", ownLetter, "Task_ApproveAuthorization"),
                Map.of("authorizationDecision", "REJECT", "decisionComment", "Thử nghiệm an toàn")));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(own).count()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(ownLetter).count())
                .isZero();
        for (var t : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(th).list()) {
            client.ok(client.complete("ldtb.vp", t.getId(), Map.of("closedOn", TODAY.toString())));
        }
        if (rs != null) {
            for (var t : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(rs).list()) {
                boolean vl = engine.getTaskService().getIdentityLinksForTask(t.getId()).stream()
                        .anyMatch(l -> "unit-head-SLDTBXH_VL".equals(l.getGroupId()));
                client.ok(client.complete(vl ? "ldtb.tp1" : "ldtb.tp2", t.getId(), Map.of()));
            }
        }
        EngineJobs.runMessages(engine);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(th).count()).isZero();
        assertThat(iofficeKey).startsWith("TK-");
    }

    // Issue 23: log-ins that cannot be turned against a person. Everyone here comes from 127.0.0.1: one office
    // behind one NAT address, the usual case.
    static final String THINH = "thinh.probe";
    static final String THINH_PASSWORD = "Song-Hau-mua-nuoc-noi-2026";

    @Test
    void aGuesserInTheSameOfficeKeepsNobodyOutOfTheBrowserSheLoggedInWith() throws Exception {
        org.camunda.bpm.engine.identity.User u = engine.getIdentityService().newUser(THINH);
        u.setFirstName("Ngô Đức");
        u.setLastName("Thịnh");
        u.setPassword(THINH_PASSWORD);
        engine.getIdentityService().saveUser(u);
        var tasklist = engine.getAuthorizationService().createNewAuthorization(
                org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        tasklist.setUserId(THINH);
        tasklist.setResource(org.camunda.bpm.engine.authorization.Resources.APPLICATION);
        tasklist.setResourceId("tasklist");
        tasklist.addPermission(org.camunda.bpm.engine.authorization.Permissions.ACCESS);
        engine.getAuthorizationService().saveAuthorization(tasklist);
        try {
            WebappSession browser = WebappSession.anonymous(port);
            assertThat(browser.logIn(THINH, THINH_PASSWORD).statusCode()).isEqualTo(200);
            String cookie = browser.cookie(DeviceCookies.name(THINH));
            assertThat(cookie).as("her browser keeps a device cookie").isNotNull();
            for (int i = 0; i < 3; i++) {
                assertThat(logIn(null, "doan-" + i).statusCode()).isEqualTo(401);
            }
            // the guesser goes on as fast as he is let (a wrong password every 1, 2, 4 s); her browser gets in at
            // once every time, a browser without her cookie (or a script) at the same address waits
            for (int i = 0; i < 3; i++) {
                int round = i;
                assertThat(whenAllowed(() -> logIn(null, "doan-lai-" + round)).statusCode()).isEqualTo(401);
                HttpResponse<String> unknown = logIn(null, THINH_PASSWORD);
                assertThat(unknown.statusCode()).as("round " + round).isEqualTo(429);
                assertThat(unknown.headers().firstValue("Retry-After")).isPresent();
                assertThat(unknown.body()).contains("Đăng nhập sai nhiều lần");
                assertThat(browser.logIn(THINH, THINH_PASSWORD).statusCode()).as("round " + round).isEqualTo(200);
            }
            assertThat(rest.withBasicAuth(THINH, THINH_PASSWORD).getForEntity("/engine-rest/task", String.class)
                    .getStatusCode().value()).as("a script without the cookie").isEqualTo(429);
            // a cookie another node gave (same key from the database) is as good
            DeviceCookies otherNode = new DeviceCookies(new DeviceCookieKey(null, jdbc), false, java.time.Clock.systemUTC());
            String minted = otherNode.value(THINH, "BBBBBBBBBBBBBBBBBBBBBB", System.currentTimeMillis() / 1000);
            assertThat(logIn(minted, THINH_PASSWORD).statusCode()).isEqualTo(200);
            // no exemption: a forged HMAC, a colleague's valid cookie under her name, one past its lifetime
            String mac = cookie.substring(cookie.lastIndexOf('.') + 1);
            String forged = cookie.substring(0, cookie.lastIndexOf('.') + 1) + (mac.startsWith("A") ? "B" : "A")
                    + mac.substring(1);
            WebappSession colleague = WebappSession.login(port, "ldtb.vp", "demo");
            String theirs = colleague.cookie(DeviceCookies.name("ldtb.vp"));
            assertThat(theirs).isNotNull();
            String old = otherNode.value(THINH, "CCCCCCCCCCCCCCCCCCCCCC", System.currentTimeMillis() / 1000 - 181L * 86_400);
            for (String bad : List.of(forged, theirs, old, "khong-phai-cookie")) {
                assertThat(logIn(bad, THINH_PASSWORD).statusCode()).as(bad).isEqualTo(429);
            }
            // the colleague's own cookie vouches for the colleague only
            assertThat(colleague.logIn(THINH, THINH_PASSWORD).statusCode()).isEqualTo(429);
            // someone at her browser guessing: that cookie alone is slowed after 5 wrong passwords
            for (int i = 0; i < 5; i++) {
                assertThat(browser.logIn(THINH, "o-may-cua-chi-" + i).statusCode()).isEqualTo(401);
            }
            assertThat(browser.logIn(THINH, THINH_PASSWORD).statusCode()).isEqualTo(429);
            assertThat(logIn(minted, THINH_PASSWORD).statusCode()).as("her other browser").isEqualTo(200);
        } finally {
            engine.getAuthorizationService().deleteAuthorization(tasklist.getId());
            engine.getIdentityService().deleteUser(THINH);
        }
    }

    /** A request sent again after the Retry-After its first try was answered with. */
    static HttpResponse<String> whenAllowed(java.util.function.Supplier<HttpResponse<String>> request) throws Exception {
        HttpResponse<String> r = request.get();
        if (r.statusCode() == 429) {
            Thread.sleep(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow()) * 1000 + 100);
            r = request.get();
        }
        return r;
    }

    /** The Tasklist's log-in form from a new browser, with a device cookie for her (null: none). */
    HttpResponse<String> logIn(String deviceCookie, String password) {
        WebappSession s = WebappSession.anonymous(port);
        if (deviceCookie != null) {
            s.putCookie(DeviceCookies.name(THINH), deviceCookie);
        }
        return s.logIn(THINH, password);
    }

    @Test
    void theMonitorsPasswordIsThrottledLikeEveryOther() throws Exception {
        // forty guesses at once, as the assessment sent them: three are checked (a few more if the burst outlasts
        // the first wait), the others wait
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> guesses = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            guesses.add(http.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                    + "/actuator/prometheus")).header("Authorization", "Basic " + java.util.Base64.getEncoder()
                    .encodeToString(("prometheus:doan-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> answers = guesses.stream().map(f -> f.join().statusCode()).toList();
        assertThat(answers).containsOnly(401, 429);
        assertThat(answers.stream().filter(a -> a == 401).count()).isBetween(3L, 5L);
        // the next guess when he is let: counted, and then even the right password waits
        assertThat(whenAllowedBasic("prometheus", "doan-tiep")).isEqualTo(401);
        ResponseEntity<String> waiting = rest.withBasicAuth("prometheus", "demo").getForEntity("/actuator/prometheus",
                String.class);
        assertThat(waiting.getStatusCode().value()).as("even the right password waits").isEqualTo(429);
        assertThat(waiting.getHeaders().getFirst("Retry-After")).matches("[1-9][0-9]?");
        assertThat(waiting.getBody()).contains("Đăng nhập sai nhiều lần")
                .contains("thử lại sau " + waiting.getHeaders().getFirst("Retry-After") + " giây");
        assertThat(whenAllowedBasic("prometheus", "demo")).isEqualTo(200);
    }

    int whenAllowedBasic(String user, String password) throws Exception {
        ResponseEntity<String> r = rest.withBasicAuth(user, password).getForEntity("/actuator/prometheus", String.class);
        if (r.getStatusCode().value() == 429) {
            Thread.sleep(Long.parseLong(r.getHeaders().getFirst("Retry-After")) * 1000 + 100);
            r = rest.withBasicAuth(user, password).getForEntity("/actuator/prometheus", String.class);
        }
        return r.getStatusCode().value();
    }
}
