package vn.dldcaccess.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static vn.dldcaccess.support.Rendered.plain;
import static org.assertj.core.api.Assertions.assertThat;

/** A review campaign of one agency: one unit marks an account, which goes to revocation; the other keeps all. */
class ReviewSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AccountRegister accounts;
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    long record(String holder, String username) throws Exception {
        String key = client.start("ldtb.vp", "Process_AccountRecording", Map.of("accountSystem", "OFFICIAL_EMAIL",
                "holderUsername", holder, "accountUsername", username, "grantedOn", TODAY.minusDays(200).toString()));
        return Long.parseLong(key.substring("TK-".length()));
    }

    @Test
    void unitHeadsReviewTheirUnitsAndAMarkedAccountIsClosed() throws Exception {
        long yen = record("ldtb.cv3", "rv.yenlh@angiang.gov.vn");
        long duc = record("ldtb.cv2", "rv.ductv@angiang.gov.vn");

        String key = client.start("ldtb.vp", "Process_AccountReview", Map.of());
        assertThat(key).startsWith("RS-");
        assertThat(client.post("ldtb.vp", "/process-definition/key/Process_AccountReview/submit-form", Map.of()).getBody())
                .contains("Cơ quan đang có một đợt rà soát chưa xong");

        String vl = client.task("ldtb.tp1", key, "Task_ReviewUnitAccounts");
        assertThat(plain(client.variable("ldtb.tp1", vl, "unitSummary").asText())).contains("Phòng Việc làm - An toàn lao động")
                .contains("rv.yenlh@angiang.gov.vn").doesNotContain("rv.ductv");
        assertThat(client.variable("ldtb.tp1", vl, "accountOptions").asText()).contains("\"value\":\"" + yen + "\"");
        ResponseEntity<String> noReason = client.complete("ldtb.tp1", vl, Map.of("closeAccounts",
                client.jsonList(List.of(String.valueOf(yen)))));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody()).contains("ghi rõ lý do đề nghị đóng");
        client.ok(client.complete("ldtb.tp1", vl, Map.of("closeAccounts", client.jsonList(List.of(String.valueOf(yen))),
                "closeReason", "Không còn nhiệm vụ tiếp nhận hồ sơ")));

        // the marked account goes to revocation: only it is to be closed, by the agency office
        String revocation = "TH-" + jdbc.queryForObject("select id from rev_revocation where person_username = ?"
                + " and reason = 'REVIEW'", Long.class, "ldtb.cv3");
        String close = client.task("ldtb.vp", revocation, "Task_CloseAccount");
        assertThat(plain(client.variable("ldtb.vp", close, "closeSummary").asText())).contains("rv.yenlh@angiang.gov.vn")
                .contains("đóng sau rà soát tài khoản");

        client.ok(client.complete("ldtb.tp2", client.task("ldtb.tp2", key, "Task_ReviewUnitAccounts"), Map.of()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();

        JsonNode progress = client.json.readTree(rest.withBasicAuth("ldtb.vp", "demo")
                .getForObject("/api/reviews?agency=SLDTBXH", String.class)).get(0);
        assertThat(progress.get("campaign").asText()).isEqualTo(key);
        assertThat(progress.get("status").asText()).isEqualTo("Đã xong");
        JsonNode units = progress.get("units");
        assertThat(units.toString()).contains("\"markedForClosure\":1").contains("Phòng Người có công");
        String reportUrl = units.get(0).get("unit").asText().startsWith("Phòng Người") ? units.get(1).get("report").asText()
                : units.get(0).get("report").asText();
        client.assertIssued("ldtb.vp", reportUrl, true);
        // issue 21: a biên bản (time, place, who took part, what was found), signed by who reviewed, sealed in the
        // agency's name
        assertThat(client.pdfText("ldtb.vp", reportUrl)).contains("BIÊN BẢN").contains("Rà soát tài khoản của Phòng")
                .contains("Thời gian: ").contains("Địa điểm: ").contains("Thành phần: Lê Thị Thu Hà, Trưởng phòng")
                .contains("rv.yenlh@angiang.gov.vn").contains("Đề nghị đóng").contains("Không còn nhiệm vụ tiếp nhận hồ sơ")
                .contains("Lê Thị Thu Hà").containsPattern("Số: \\d{2,}/BB-SLĐTBXH ").doesNotContain("Kèm theo")
                .doesNotContain("Kính gửi").contains("TL. GIÁM ĐỐC TRƯỞNG PHÒNG")
                .contains("(Đã xác nhận trên hệ thống ngày ").doesNotContain("Đã ký");
        assertThat(rest.withBasicAuth("stp.vp", "demo").getForEntity("/api/reviews?agency=SLDTBXH", String.class)
                .getStatusCode().value()).isEqualTo(403);

        // the register: one request per unit, done, with its biên bản
        JsonNode reviews = client.json.readTree(rest.withBasicAuth("ldtb.vp", "demo")
                .getForObject("/api/register?kind=REVIEW&q=" + key, String.class));
        assertThat(reviews.get("total").asInt()).isEqualTo(2);
        assertThat(reviews.get("rows").findValuesAsText("stage")).containsOnly("Đã rà soát");
        assertThat(reviews.get("rows").findValuesAsText("unit")).contains("Phòng Người có công");

        client.ok(client.complete("ldtb.vp", close, Map.of("closedOn", TODAY.toString())));
        assertThat(accounts.account(yen).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(accounts.account(duc).status()).isEqualTo(AccountStatus.ACTIVE);
    }
}
