package vn.dldcaccess.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.SampleForms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21 (items 4 and 9): every request has a page for those allowed to see it, whatever its kind; "Hồ sơ của
 * tôi" links to it and lists what the office started for others; mails link to it.
 */
class RequestPageSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    @Autowired
    TestRestTemplate rest;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    ResponseEntity<String> page(String user, String number) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/request?number={n}", String.class, number);
    }

    JsonNode open(String user, String number) throws Exception {
        ResponseEntity<String> r = page(user, number);
        assertThat(r.getStatusCode().value()).as(user + " " + number + ": " + r.getBody()).isEqualTo(200);
        return client.json.readTree(r.getBody());
    }

    void refused(String user, String number) {
        ResponseEntity<String> r = page(user, number);
        assertThat(r.getStatusCode().value()).as(user + " " + number).isEqualTo(404);
        assertThat(r.getBody()).contains("Không tìm thấy yêu cầu số " + number + " trong những yêu cầu Anh/Chị được xem");
    }

    JsonNode mine(String user) throws Exception {
        return client.json.readTree(rest.withBasicAuth(user, "demo").getForObject("/api/my/requests", String.class));
    }

    static JsonNode row(JsonNode rows, String number) {
        for (JsonNode r : rows) {
            if (number.equals(r.get("number").asText())) {
                return r;
            }
        }
        throw new AssertionError(number + " not in " + rows);
    }

    static List<String> titles(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("documents").forEach(d -> out.add(d.get("title").asText()));
        return out;
    }

    @Test
    void theHolderOpensHerForm1658AndOnlyThoseAllowedSeeIt() throws Exception {
        String number = client.start("stp.cv1", "Process_AccountRegistration", SampleForms.as("stp.cv1",
                SampleForms.valid("089190021001", "STP_HCTP", "khoidm@angiang.gov.vn")));
        assertThat(row(mine("stp.cv1"), number).get("link").asText())
                .isEqualTo("/request.html?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
        client.ok(client.complete("stp.tp1", client.task("stp.tp1", number, null), Map.of("decision", "CONFIRM")));
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
        JsonNode p = open("stp.cv1", number);
        assertThat(p.get("kind").asText()).isEqualTo("Đăng ký tài khoản");
        assertThat(p.get("timeline").size()).isPositive();
        // her form 1658 as confirmed, to download
        String url = p.get("documents").get(0).get("url").asText();
        assertThat(url).startsWith("/api/documents/");
        assertThat(rest.withBasicAuth("stp.cv1", "demo").getForEntity(url, byte[].class).getStatusCode().value())
                .isEqualTo(200);
        // her unit's head, her agency's office and the aggregator see it; a colleague and another agency do not
        open("stp.tp1", number);
        open("stp.vp", number);
        open("stttt.cv", number);
        refused("stp.cv3", number);
        refused("ldtb.vp", number);
        refused("ldtb.tp1", number);
        refused("stp.cv1", "SLĐTBXH-2099-999999");
    }

    @Test
    void aRegistrationNamesTheLetterItWentIntoWhoseAgencyOpensIt() throws Exception {
        String number = client.start("stp.cv2", "Process_AccountRegistration", SampleForms.as("stp.cv2",
                SampleForms.valid("089190021002", "STP_BTTP", "linhbtm@angiang.gov.vn")));
        client.ok(client.complete("stp.tp2", client.task("stp.tp2", number, null), Map.of("decision", "CONFIRM")));
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
        String letter = client.start("stp.vp", "Process_AgencySubmission", Map.of());
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
        client.ok(client.complete("stp.vp", client.task("stp.vp", letter, "Task_PrepareAgencyLetter"), Map.of(
                "includedRequestNumbers", client.jsonList(List.of(number)), "letterNumber", "2101",
                "letterDate", TODAY.toString())));
        assertThat(open("stp.cv2", number).get("passages").size()).as("not in a letter until it is signed").isZero();
        client.ok(client.complete("stp.gd", client.task("stp.gd", letter, "Task_SignByDirector"),
                Map.of("directorDecision", "SIGN")));
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
        JsonNode passages = open("stp.cv2", number).get("passages");
        assertThat(passages.size()).as(passages.toString()).isPositive();
        assertThat(passages.get(0).get("what").asText()).isEqualTo("LETTER");
        assertThat(passages.get(0).get("key").asText()).isEqualTo(letter);
        assertThat(passages.get(0).get("number").asText()).startsWith("2101");
        // the letter's page: its office, and its director who did not start it (known from the letter's record);
        // not a clerk of the agency, nor another agency's office
        open("stp.vp", letter);
        open("stp.gd", letter);
        refused("stp.cv3", letter);
        refused("ldtb.vp", letter);
        refused("stp.vp", "CV-SLDTBXH-" + letter.substring(letter.lastIndexOf('-') + 1));
    }

    @Test
    void aGiayUyQuyenIsOpenedByItsHolderAndItsDelegateAndTheMailLinksToIt() throws Exception {
        client.start("stp.vp", "Process_AccountRecording", Map.of("accountSystem", "OFFICIAL_EMAIL",
                "holderUsername", "stp.tp2", "accountUsername", "oanhdtk.p21@angiang.gov.vn", "grantedOn",
                TODAY.minusDays(30).toString()));
        String key = client.start("stp.tp2", "Process_AuthorizationLetter", Map.of("accountSystem", "OFFICIAL_EMAIL",
                "delegateUsername", "stp.cv2", "validFrom", TODAY.plusDays(30).toString(), "validTo",
                TODAY.plusDays(31).toString(), "reasonCode", "DAO_TAO", "scope", "Nhận thư", "holderDuties", "Bàn giao",
                "delegateDuties", "Giữ bí mật"));
        assertThat(key).startsWith("UQ-");
        assertThat(open("stp.tp2", key).get("kind").asText()).isEqualTo("Ủy quyền");
        open("stp.cv2", key);
        refused("stp.cv3", key);
        assertThat(row(mine("stp.tp2"), key).get("link").asText()).isEqualTo("/request.html?number=" + key);
        // the delegate's mail asking her to accept links to the request's page
        assertThat(rest.withBasicAuth("stp.cv2", "demo").getForObject("/api/notifications", String.class))
                .contains("/request.html?number=" + key);
    }

    @Test
    void theOfficesOwnRequestsShowInHerListWithTheirPages() throws Exception {
        String recorded = client.start("stp.vp", "Process_AccountRecording", Map.of("accountSystem", "IOFFICE",
                "holderUsername", "stp.gd", "accountUsername", "ngocttb.p21", "grantedOn", TODAY.minusDays(60).toString()));
        assertThat(recorded).startsWith("TK-");
        String leaver = client.start("stp.vp", "Process_AccountRevocation", Map.of("personUsername", "stp.gd",
                "leaveReason", "RETIREMENT", "handoverDate", TODAY.minusDays(1).toString(),
                "keepSystems", client.jsonList(List.of())));
        assertThat(leaver).startsWith("TH-");

        JsonNode list = mine("stp.vp");
        JsonNode recording = row(list, recorded);
        assertThat(recording.get("kind").asText()).isEqualTo("Ghi tài khoản iOffice, thư điện tử công vụ vào sổ theo dõi");
        assertThat(recording.get("role").asText()).isEqualTo("Người lập");
        assertThat(recording.get("link").asText()).isEqualTo("/request.html?number=" + recorded);
        JsonNode report = row(list, leaver);
        assertThat(report.get("kind").asText()).isEqualTo("Đóng tài khoản");
        assertThat(report.get("role").asText()).isEqualTo("Người báo cáo nghỉ / chuyển");
        assertThat(report.get("open").asBoolean()).isTrue();

        // the account's record: its page for the office and the holder, not for others
        JsonNode tk = open("stp.vp", recorded);
        assertThat(tk.get("timeline").size()).isPositive();
        open("stp.gd", recorded);
        refused("stp.cv3", recorded);
        refused("ldtb.vp", recorded);
        // the closing of her accounts: the leaver, the office that reported it
        open("stp.gd", leaver);
        open("stp.vp", leaver);
        refused("stp.cv2", leaver);
    }

    @Test
    void withoutALogInThePageAsksForOneAndAnEmptyNumberIsExplained() {
        assertThat(rest.getForEntity("/api/request?number=UQ-1", String.class).getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> empty = rest.withBasicAuth("stp.cv1", "demo").getForEntity("/api/request?number=",
                String.class);
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody()).contains("Vui lòng nhập số của yêu cầu");
    }
}
