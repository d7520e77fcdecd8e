package vn.dldcaccess.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.registration.RegistrationStatus;
import vn.dldcaccess.support.AbstractSpringTest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The foundation chain through the real engine REST API, as a provincial portal or the Tasklist drives it. */
class RegistrationChainSpringTest extends AbstractSpringTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RegistrationService registrations;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    vn.dldcaccess.notification.Notifier notifier;
    final ObjectMapper json = new ObjectMapper();

    static Map<String, Object> as(String user, Map<String, Object> form) {
        return vn.dldcaccess.support.SampleForms.as(user, form);
    }

    static Map<String, Object> form(String citizenId, String unit, String email) {
        return vn.dldcaccess.support.SampleForms.valid(citizenId, unit, email);
    }

    ResponseEntity<String> post(String user, String path, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> vars = new LinkedHashMap<>();
        variables.forEach((k, val) -> vars.put(k, val instanceof Map<?, ?> typed ? typed : Map.of("value", val)));
        body.put("variables", vars);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest" + path, new HttpEntity<>(body, headers),
                String.class);
    }

    String startRegistration(String user, Map<String, Object> form) throws Exception {
        ResponseEntity<String> r = post(user, "/process-definition/key/Process_AccountRegistration/submit-form", form);
        assertThat(r.getStatusCode().is2xxSuccessful()).as(r.getBody()).isTrue();
        return json.readTree(r.getBody()).get("businessKey").asText();
    }

    JsonNode tasks(String user) throws Exception {
        return json.readTree(rest.withBasicAuth(user, "demo").getForObject("/engine-rest/task", String.class));
    }

    String taskOf(String user, String businessKey) throws Exception {
        for (JsonNode t : json.readTree(rest.withBasicAuth(user, "demo")
                .getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey, String.class))) {
            return t.get("id").asText();
        }
        return null;
    }

    @Test
    void engineRestRefusesAnonymousCalls() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
        // an unknown user: a wrong password for a real one would throttle its later log-ins in this context
        assertThat(rest.withBasicAuth("khong.ton.tai", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void wrongFormIsRefusedInVietnameseAndLeavesNothingBehind() {
        int rows = jdbc.queryForObject("select count(*) from reg_registration", Integer.class);
        long instances = runtime.createProcessInstanceQuery().count();
        Map<String, Object> bad = form("12345", "SLDTBXH_VL", "huong@gmail.com");
        bad.put("mobilePhone", "0123456789");
        bad.put("fullName", "Nguyễn Thị Hường 2");
        ResponseEntity<String> r = post("ldtb.cv1", "/process-definition/key/Process_AccountRegistration/submit-form", bad);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody()).doesNotContain("Cannot instantiate").contains("Số định danh cá nhân (CCCD): phải gồm đúng 12 chữ số")
                .contains("Số điện thoại di động").contains("Thư điện tử công vụ: phải là thư công vụ thuộc tên miền angiang.gov.vn")
                .contains("Họ và tên: chỉ gồm chữ cái");
        assertThat(jdbc.queryForObject("select count(*) from reg_registration", Integer.class)).isEqualTo(rows);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void tasksAreVisibleToTheApplicantsUnitHeadsOnly() throws Exception {
        String key = startRegistration("ldtb.cv3", as("ldtb.cv3", form("089190000301", "SLDTBXH_VL", "yenlh@angiang.gov.vn")));
        assertThat(key).matches("SLĐTBXH-\\d{4}-\\d{6}");
        assertThat(taskOf("ldtb.tp1", key)).isNotNull();
        assertThat(taskOf("ldtb.tp2", key)).isNull();
        assertThat(taskOf("ldtb.cv3", key)).isNull();
        assertThat(taskOf("stp.tp1", key)).isNull();
        assertThat(taskOf("ldtb.vp", key)).isNull();

        ResponseEntity<String> again = post("ldtb.cv3", "/process-definition/key/Process_AccountRegistration/submit-form",
                as("ldtb.cv3", form("089190000301", "SLDTBXH_VL", "yenlh@angiang.gov.vn")));
        assertThat(again.getBody()).contains("đã có một yêu cầu đang xử lý cho số định danh này");

        ResponseEntity<String> otherAgency = post("ldtb.cv3", "/process-definition/key/Process_AccountRegistration/submit-form",
                as("ldtb.cv3", form("089190000302", "STP_HCTP", "yenlh@angiang.gov.vn")));
        assertThat(otherAgency.getBody()).contains("Đơn vị công tác: không thuộc cơ quan của người đăng ký");
    }

    @Test
    void overdueConfirmationRemindsTheUnitHeadsThenTellsTheOffice() throws Exception {
        String key = startRegistration("ldtb.cv2", as("ldtb.cv2", form("089190000701", "SLDTBXH_NCC", "ductv@angiang.gov.vn")));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        var management = engine.getManagementService();
        var timers = management.createJobQuery().processInstanceId(pi).timers().orderByJobDuedate().asc().list();
        assertThat(timers).hasSize(2);
        for (var job : timers) {
            management.executeJob(job.getId());
        }
        assertThat(notifier.messagesAbout(key)).extracting(m -> m.recipientUsername() + ": " + m.subject())
                .containsExactly("ldtb.cv2: Đã nhận phiếu đăng ký tài khoản DLDC số " + key,
                        "ldtb.tp2: Nhắc việc: yêu cầu " + key + " đang chờ xác nhận",
                        "ldtb.vp: Quá hạn xác nhận: yêu cầu " + key);
        assertThat(taskOf("ldtb.tp2", key)).as("the task stays with the unit head").isNotNull();
    }

    @Test
    void textIsStoredNfcNormalizedAndAsUtf8mb4() throws Exception {
        Map<String, Object> decomposed = form("089190000601", "STP_BTTP", "linhbtm@angiang.gov.vn");
        decomposed.put("fullName", java.text.Normalizer.normalize("  Bùi Thị   Mỹ Linh ", java.text.Normalizer.Form.NFD));
        String key = startRegistration("stp.cv2", decomposed);
        String stored = jdbc.queryForObject("select full_name from reg_registration where request_number = ?",
                String.class, key);
        assertThat(stored).isEqualTo("Bùi Thị Mỹ Linh");
        assertThat(java.text.Normalizer.isNormalized(stored, java.text.Normalizer.Form.NFC)).isTrue();
        if (vn.dldcaccess.support.TestDatabase.isMariaDb()) {
            assertThat(jdbc.queryForObject("select character_set_name from information_schema.columns "
                    + "where table_schema = database() and table_name = 'reg_registration' and column_name = 'full_name'",
                    String.class)).isEqualTo("utf8mb4");
        }
    }

    @Test
    void concurrentStartsForOneCitizenLetOneThroughAndRefuseTheRestInVietnamese() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            futures.add(pool.submit(() -> post("stp.cv2",
                    "/process-definition/key/Process_AccountRegistration/submit-form",
                    as("stp.cv2", form("079190000999", "STP_BTTP", "linhbtm@angiang.gov.vn")))));
        }
        int accepted = 0;
        for (Future<ResponseEntity<String>> f : futures) {
            ResponseEntity<String> r = f.get();
            if (r.getStatusCode().is2xxSuccessful()) {
                accepted++;
            } else {
                assertThat(r.getStatusCode().value()).isEqualTo(400);
                assertThat(r.getBody()).contains("đã có một yêu cầu đang xử lý cho số định danh này");
            }
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(1);
    }

    @Test
    void concurrentStartsGetGapFreeNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        Set<String> numbers = ConcurrentHashMap.newKeySet();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String cid = String.format("0791900004%02d", i);
            futures.add(pool.submit(() -> numbers.add(startRegistration("stp.cv2",
                    as("stp.cv2", form(cid, "STP_BTTP", "linhbtm@angiang.gov.vn"))))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        List<Integer> seq = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(seq).hasSize(12);
        assertThat(seq.get(seq.size() - 1) - seq.get(0)).isEqualTo(11);
    }

    @Test
    void confirmedRequestsReachTheSignedAgencyLetter() throws Exception {
        String a = startRegistration("stp.cv1", as("stp.cv1", form("089190000501", "STP_HCTP", "khoidm@angiang.gov.vn")));
        Map<String, Object> second = form("089190000502", "STP_HCTP", "thinhnd@angiang.gov.vn");
        second.put("fullName", "Ngô Đức Thịnh");
        String b = startRegistration("stp.cv3", second);
        for (String key : List.of(a, b)) {
            ResponseEntity<String> done = post("stp.tp1", "/task/" + taskOf("stp.tp1", key) + "/submit-form",
                    Map.of("decision", "CONFIRM"));
            assertThat(done.getStatusCode().value()).as(done.getBody()).isEqualTo(204);
        }
        assertThat(registrations.byRequestNumber(a).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
        ResponseEntity<String> early = post("stp.vp", "/process-definition/key/Process_AgencySubmission/submit-form", Map.of());
        assertThat(early.getBody()).as("forms not rendered yet").contains("Chưa có yêu cầu nào");
        runJobs();
        long formDoc = registrations.byRequestNumber(a).orElseThrow().formDocumentId();
        String formText = pdfText("stp.cv1", "/api/documents/" + formDoc);
        new vn.dldcaccess.support.ChainClient(rest).assertIssued("stp.cv1", "/api/documents/" + formDoc, false);
        assertThat(formText).contains("PHIẾU ĐĂNG KÝ CẤP TÀI KHOẢN").contains("Đặng Minh Khôi").contains(a)
                .contains("Tiếp nhận hồ sơ thủ tục hành chính lĩnh vực việc làm").contains("Ngô Thanh Tùng")
                // issue 21: numbered as the web form is; commitments ticked boxes, not "[x]"
                .contains("12. Hình thức khai thác: ").contains("13. Cam kết của người đăng ký:").contains("13.6. ")
                .contains("14. Ghi chú:").doesNotContain("[x]");
        assertThat(rest.withBasicAuth("ldtb.cv1", "demo").getForEntity("/api/documents/" + formDoc, byte[].class)
                .getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> started = post("stp.vp", "/process-definition/key/Process_AgencySubmission/submit-form", Map.of());
        assertThat(started.getStatusCode().is2xxSuccessful()).as(started.getBody()).isTrue();
        String letterKey = json.readTree(started.getBody()).get("businessKey").asText();
        ResponseEntity<String> again = post("stp.vp", "/process-definition/key/Process_AgencySubmission/submit-form", Map.of());
        assertThat(again.getBody()).contains("Cơ quan đang có một công văn chưa ký");

        String prepare = taskOf("stp.vp", letterKey);
        assertThat(taskOf("ldtb.vp", letterKey)).isNull();
        JsonNode forms = json.readTree(rest.withBasicAuth("stp.vp", "demo")
                .getForObject("/engine-rest/task/" + prepare + "/variables/candidateForms", String.class));
        assertThat(forms.get("value").asText()).contains("](/api/documents/" + formDoc + ")");
        ResponseEntity<String> badNumber = post("stp.vp", "/task/" + prepare + "/submit-form", Map.of(
                "includedRequestNumbers", Map.of("type", "Json", "value", json.writeValueAsString(List.of(a, b))),
                "letterNumber", "abc", "letterDate", "2999-01-01"));
        assertThat(badNumber.getStatusCode().value()).isEqualTo(400);
        assertThat(badNumber.getBody()).contains("Số công văn").contains("Ngày công văn: không được sau ngày hôm nay");
        ResponseEntity<String> prepared = post("stp.vp", "/task/" + prepare + "/submit-form", Map.of(
                "includedRequestNumbers", Map.of("type", "Json", "value", json.writeValueAsString(List.of(a, b))),
                "letterNumber", "77", "letterDate", java.time.LocalDate.now().minusDays(1).toString()));
        assertThat(prepared.getStatusCode().value()).as(prepared.getBody()).isEqualTo(204);

        // the director returns it once; the office keeps its number when it prepares the letter again
        ResponseEntity<String> returned = post("stp.gd", "/task/" + taskOf("stp.gd", letterKey) + "/submit-form",
                Map.of("directorDecision", "RETURN", "directorComment", "Sửa lại ngày công văn"));
        assertThat(returned.getStatusCode().value()).as(returned.getBody()).isEqualTo(204);
        ResponseEntity<String> again2 = post("stp.vp", "/task/" + taskOf("stp.vp", letterKey) + "/submit-form", Map.of(
                "includedRequestNumbers", Map.of("type", "Json", "value", json.writeValueAsString(List.of(a, b))),
                "letterNumber", "77/STP-VP", "letterDate", java.time.LocalDate.now().toString()));
        assertThat(again2.getStatusCode().value()).as(again2.getBody()).isEqualTo(204);

        String sign = taskOf("stp.gd", letterKey);
        assertThat(sign).isNotNull();
        assertThat(taskOf("ldtb.gd", letterKey)).isNull();
        ResponseEntity<String> signed = post("stp.gd", "/task/" + sign + "/submit-form", Map.of("directorDecision", "SIGN"));
        assertThat(signed.getStatusCode().value()).as(signed.getBody()).isEqualTo(204);

        for (String key : List.of(a, b)) {
            assertThat(registrations.byRequestNumber(key).orElseThrow().status()).isEqualTo(RegistrationStatus.IN_AGENCY_LETTER);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                    .activityIdIn("Event_PC06Decision").count()).isEqualTo(1);
        }
        Long letterDoc = jdbc.queryForObject("select document_id from sub_agency_letter where letter_number = '77/STP-VP'", Long.class);
        String letter = pdfText("stp.vp", "/api/documents/" + letterDoc);
        new vn.dldcaccess.support.ChainClient(rest).assertIssued("stp.vp", "/api/documents/" + letterDoc, true);
        assertThat(letter).contains("Số: 77/STP-VP").contains("Kính gửi: Sở Thông tin và Truyền thông")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                .contains("Ngô Đức Thịnh").contains("089190000502").contains("(Đã ký duyệt trên hệ thống ngày ").contains("Trương Thị Bích Ngọc");
    }

    void runJobs() {
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
    }

    String pdfText(String user, String path) throws Exception {
        ResponseEntity<byte[]> r = rest.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(r.getHeaders().getFirst("X-Content-SHA256")).hasSize(64);
        try (PDDocument doc = Loader.loadPDF(r.getBody())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
