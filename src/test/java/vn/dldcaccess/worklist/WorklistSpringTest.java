package vn.dldcaccess.worklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.SampleForms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13: each person's own requests, tasks a list can tell apart, start forms that know the person. */
class WorklistSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService tasks;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;
    final ObjectMapper json = new ObjectMapper();
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    JsonNode get(String user, String path) throws Exception {
        return json.readTree(rest.withBasicAuth(user, "demo").getForObject(path, String.class));
    }

    @Test
    void theApplicantSeesHerRequestItsNextStepAndWhoHoldsItAndTheTaskSaysWhoAndWhich() throws Exception {
        String number = client.start("stp.cv2", "Process_AccountRegistration", SampleForms.as("stp.cv2",
                SampleForms.valid("089190008813", "STP_BTTP", "linhbtm@angiang.gov.vn")));

        // the task's title names the person and the number; the unit's one head has it, nothing to claim
        Task confirm = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult();
        assertThat(confirm.getName()).isEqualTo("Lãnh đạo đơn vị xác nhận: Bùi Thị Mỹ Linh — " + number);
        assertThat(confirm.getAssignee()).isEqualTo("stp.tp2");

        JsonNode mine = get("stp.cv2", "/api/my/requests");
        JsonNode row = find(mine, number);
        assertThat(row.get("kind").asText()).isEqualTo("Đăng ký tài khoản");
        assertThat(row.get("role").asText()).isEqualTo("Người đăng ký");
        assertThat(row.get("open").asBoolean()).isTrue();
        assertThat(row.get("link").asText()).startsWith("/request.html?number=");
        assertThat(row.get("next").get(0).get("step").asText()).isEqualTo("Lãnh đạo đơn vị xác nhận");
        assertThat(row.get("next").get(0).get("holder").asText()).isEqualTo("Dương Thị Kim Oanh (Trưởng phòng)");
        // nobody else's list shows it
        assertThat(numbers(get("stp.cv1", "/api/my/requests"))).doesNotContain(number);
        // she is told her number at once, with the links to follow it
        assertThat(rest.withBasicAuth("stp.cv2", "demo").getForObject("/api/notifications", String.class))
                .contains("Đã nhận phiếu đăng ký tài khoản DLDC số " + number)
                // the links go where this server really listens (no public-url is configured in the tests)
                .contains("http://localhost:" + port + "/my-requests.html")
                .contains("http://localhost:" + port + "/request.html?number=");
    }

    @Test
    void theDelegateFindsTheLetterNamingHerAndItWaitsForHer() throws Exception {
        client.start("stp.vp", "Process_AccountRecording", Map.of("accountSystem", "OFFICIAL_EMAIL",
                "holderUsername", "stp.tp1", "accountUsername", "tungnt@angiang.gov.vn", "grantedOn", TODAY.toString()));
        String key = client.start("stp.tp1", "Process_AuthorizationLetter", Map.of("accountSystem", "OFFICIAL_EMAIL",
                "delegateUsername", "stp.cv1", "validFrom", TODAY.plusDays(20).toString(), "validTo",
                TODAY.plusDays(22).toString(), "reasonCode", "DAO_TAO", "scope", "Nhận thư", "holderDuties", "Bàn giao",
                "delegateDuties", "Giữ bí mật"));
        JsonNode row = find(get("stp.cv1", "/api/my/requests"), key);
        assertThat(row.get("role").asText()).isEqualTo("Người được ủy quyền");
        assertThat(row.get("next").get(0).get("step").asText()).isEqualTo("Người được ủy quyền nhận");
        assertThat(row.get("next").get(0).get("holder").asText()).isEqualTo("Đặng Minh Khôi (Chuyên viên)");
        assertThat(find(get("stp.tp1", "/api/my/requests"), key).get("role").asText()).isEqualTo("Người ủy quyền");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(key).singleResult().getName())
                .isEqualTo("Người được ủy quyền nhận: Ngô Thanh Tùng — " + key);
    }

    @Test
    void startFormsKnowThePersonAndOfferOnlyHerAgencysUnitsAndColleaguesByName() throws Exception {
        JsonNode d = get("ldtb.cv3", "/api/forms/start-defaults");
        JsonNode form = d.get("Process_AccountRegistration");
        assertThat(form.get("fullName").asText()).isEqualTo("Lê Hoàng Yến");
        assertThat(form.get("position").asText()).isEqualTo("Chuyên viên");
        assertThat(form.get("unitCode").asText()).isEqualTo("SLDTBXH_VL");
        assertThat(form.get("officialEmail").asText()).isEqualTo("yenlh@angiang.gov.vn");
        assertThat(values(form.get("unitOptions"))).containsExactly("SLDTBXH_NCC", "SLDTBXH_VL");
        JsonNode delegates = d.get("Process_AuthorizationLetter").get("delegateOptions");
        assertThat(values(delegates)).contains("ldtb.cv1", "ldtb.tp1").doesNotContain("ldtb.cv3", "stp.cv1");
        assertThat(delegates.toString()).contains("Nguyễn Thị Hường — Chuyên viên, Phòng Việc làm - An toàn lao động")
                .doesNotContain("\"label\":\"ldtb.");
        // issue 21: the picker finds a name typed without diacritics, folded as the register's search folds it
        assertThat(delegates.toString()).contains("Nguyễn Thị Hường — Chuyên viên, Phòng Việc làm - An toàn lao động"
                + " · nguyen thi huong");
        // an applicant reports nobody and records no account: no choices for those forms
        assertThat(d.has("Process_AccountRevocation")).isFalse();
        assertThat(d.has("Process_AccountRecording")).isFalse();
        // a unit head reports the people of her unit; the office anyone of the agency
        assertThat(values(get("ldtb.tp1", "/api/forms/start-defaults").get("Process_AccountRevocation")
                .get("personOptions"))).allMatch(u -> !u.equals("ldtb.cv2") && !u.startsWith("stp."));
        assertThat(values(get("ldtb.vp", "/api/forms/start-defaults").get("Process_AccountRecording")
                .get("holderOptions"))).contains("ldtb.cv1", "ldtb.cv2", "ldtb.gd");
        assertThat(rest.getForEntity("/api/forms/start-defaults", String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void thePagesHeaderOffersWhatTheRoleMayOpen() throws Exception {
        assertThat(labels(get("ldtb.cv1", "/api/session").get("links"))).contains("Công việc", "Hồ sơ của tôi",
                "Tài khoản", "Thư thông báo", "Xác minh văn bản").doesNotContain("Sổ theo dõi", "Kết quả PC06");
        JsonNode office = get("ldtb.vp", "/api/session");
        assertThat(labels(office.get("links"))).contains("Sổ theo dõi", "Bảng tổng hợp");
        assertThat(office.get("office").asText()).isEqualTo("SLDTBXH");
        assertThat(office.get("position").asText()).isEqualTo("Chánh Văn phòng");
        assertThat(labels(get("pc06.cb", "/api/session").get("links"))).contains("Kết quả PC06");
    }

    static JsonNode find(JsonNode rows, String number) {
        for (JsonNode r : rows) {
            if (number.equals(r.get("number").asText())) {
                return r;
            }
        }
        throw new AssertionError(number + " not in " + rows);
    }

    static List<String> numbers(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("number").asText()));
        return out;
    }

    static List<String> values(JsonNode choices) {
        List<String> out = new ArrayList<>();
        choices.forEach(c -> out.add(c.get("value").asText()));
        return out;
    }

    static List<String> labels(JsonNode links) {
        List<String> out = new ArrayList<>();
        links.forEach(l -> out.add(l.get("label").asText()));
        return out;
    }
}
