package vn.dldcaccess.registration;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.SampleForms;
import vn.dldcaccess.support.TasklistSubmission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: a returned form 1658 and a returned giấy ủy quyền can be corrected in the Tasklist: the correction
 * task offers the same choices the start form does (the agency's units, the colleagues by name), from the domain,
 * and the corrected form sent as the Tasklist sends it goes back to who returned it.
 */
class CorrectionAsTasklistSendsSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    vn.dldcaccess.account.AccountRegister accounts;
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    JsonNode formVariables(String user, String task) throws Exception {
        return client.json.readTree(rest.withBasicAuth(user, "demo").getForObject(
                "/engine-rest/task/" + task + "/form-variables?deserializeValues=false", String.class));
    }

    @Test
    void aReturnedForm1658OffersTheAgencysUnitsAndIsSentBack() throws Exception {
        Map<String, Object> form = SampleForms.as("ldtb.cv3", SampleForms.valid("079190002101", "SLDTBXH_VL",
                "yenlh@angiang.gov.vn"));
        String number = client.start("ldtb.cv3", "Process_AccountRegistration", form);
        // the unit head sees what she committed to: the six commitments, numbered as the form numbers them
        String confirm = client.task("ldtb.tp1", number, "Task_ConfirmByUnitHead");
        assertThat(client.variable("ldtb.tp1", confirm, "registrationSummary").asText())
                .contains("13. Cam kết (người đăng ký đã đánh dấu đủ 6 cam kết):")
                .contains("13.1. Không dùng chung tài khoản").contains("13.6. Báo Văn phòng khi thay đổi vị trí");
        client.ok(client.complete("ldtb.tp1", client.task("ldtb.tp1", number, "Task_ConfirmByUnitHead"),
                Map.of("decision", "RETURN", "decisionComment", "Ghi rõ nhiệm vụ được giao")));

        String correct = client.task("ldtb.cv3", number, "Task_CorrectRegistration");
        JsonNode shown = formVariables("ldtb.cv3", correct);
        assertThat(shown.path("unitOptions").path("type").asText()).isEqualTo("Json");
        assertThat(shown.path("unitOptions").path("value").asText()).contains("\"value\":\"SLDTBXH_VL\"")
                .contains("\"value\":\"SLDTBXH_NCC\"").doesNotContain("STP_");
        assertThat(shown.path("returnComment").path("value").asText()).isEqualTo("Ghi rõ nhiệm vụ được giao");

        Map<String, Object> corrected = new LinkedHashMap<>(form);
        corrected.put("duties", "Tiếp nhận và trả kết quả hồ sơ lĩnh vực việc làm");
        client.ok(TasklistSubmission.submit(rest, "ldtb.cv3", correct, "account-registration", corrected));
        assertThat(client.task("ldtb.tp1", number, "Task_ConfirmByUnitHead")).isNotNull();
    }

    @Test
    void aReturnedGiayUyQuyenOffersTheColleaguesAndIsSentBack() throws Exception {
        Map<String, Object> letter = new LinkedHashMap<>(Map.of("accountSystem", "IOFFICE", "delegateUsername", "ldtb.cv3",
                "validFrom", TODAY.plusDays(20).toString(), "validTo", TODAY.plusDays(22).toString(),
                "reasonCode", "CONG_TAC", "scope", "Tra cứu văn bản đến", "holderDuties", "Bàn giao công việc",
                "delegateDuties", "Giữ bí mật"));
        // her own account is in the register, entered by the office
        client.start("ldtb.vp", "Process_AccountRecording", Map.of("accountSystem", "IOFFICE",
                "holderUsername", "ldtb.cv1", "accountUsername", "ct.huongnt.iof", "grantedOn",
                TODAY.minusDays(30).toString()));
        try {
            correctedGiayUyQuyen(letter);
        } finally {
            // the tests of this context share the demo people: her second iOffice account would be the one other
            // tests' giấy ủy quyền name, so it is closed again (its open giấy ủy quyền ends with it)
            Long account = jdbc.queryForObject("select id from acc_account where account_username = 'ct.huongnt.iof'",
                    Long.class);
            accounts.close(account, vn.dldcaccess.support.DemoPeople.actor("ldtb.vp"), "Kết thúc kiểm thử");
        }
    }

    private void correctedGiayUyQuyen(Map<String, Object> letter) throws Exception {
        String key = client.start("ldtb.cv1", "Process_AuthorizationLetter", letter);
        client.ok(client.complete("ldtb.cv3", client.task("ldtb.cv3", key, "Task_AcceptByDelegate"),
                Map.of("delegateAnswer", "ACCEPT")));
        // the unit head approves what the delegate took on, and sees that she did
        String approve = client.task("ldtb.tp1", key, "Task_ApproveAuthorization");
        assertThat(client.variable("ldtb.tp1", approve, "authorizationSummary").asText())
                .contains("Người được ủy quyền đã đồng ý nhận ủy quyền ngày " + TODAY.format(
                        java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        client.ok(client.complete("ldtb.tp1", approve,
                Map.of("authorizationDecision", "RETURN", "decisionComment", "Ghi rõ phạm vi")));

        String correct = client.task("ldtb.cv1", key, "Task_CorrectAuthorization");
        JsonNode shown = formVariables("ldtb.cv1", correct);
        assertThat(shown.path("delegateOptions").path("type").asText()).isEqualTo("Json");
        assertThat(shown.path("delegateOptions").path("value").asText()).contains("\"value\":\"ldtb.cv3\"")
                .doesNotContain("\"value\":\"ldtb.cv1\"");

        letter.put("scope", "Tra cứu và xử lý văn bản đến của phòng");
        client.ok(TasklistSubmission.submit(rest, "ldtb.cv1", correct, "authorization-letter", letter));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isOne();
        assertThat(client.task("ldtb.cv1", key, "Task_CorrectAuthorization")).isNull();
    }
}
