package vn.dldcaccess.revocation;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static vn.dldcaccess.support.Rendered.plain;
import static vn.dldcaccess.support.DemoPeople.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** A person who moves within the agency: one account closed within the deadline, one kept, letters ended. */
class RevocationSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    AccountRegister accounts;
    @Autowired
    RevocationReminders reminders;
    @Autowired
    RevocationClosings closings;
    @Autowired
    vn.dldcaccess.calendar.TimerDates workingDays;
    @Autowired
    vn.dldcaccess.notification.Notifier notifier;
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    long record(String system, String username) throws Exception {
        String key = client.start("stp.vp", "Process_AccountRecording", Map.of("accountSystem", system,
                "holderUsername", "stp.cv3", "accountUsername", username, "grantedOn", TODAY.minusDays(100).toString()));
        return Long.parseLong(key.substring("TK-".length()));
    }

    ResponseEntity<String> report(String by, Map<String, Object> v) {
        return client.post(by, "/process-definition/key/Process_AccountRevocation/submit-form", v);
    }

    @Test
    void aMoverKeepsOneAccountTheOtherIsClosedAndHisLettersEnd() throws Exception {
        long ioffice = record("IOFFICE", "thinhnd.io");
        long mail = record("OFFICIAL_EMAIL", "thinhnd@angiang.gov.vn");
        String letter = client.start("stp.cv3", "Process_AuthorizationLetter", Map.of("accountSystem", "IOFFICE",
                "delegateUsername", "stp.cv1", "validFrom", TODAY.plusDays(1).toString(), "validTo",
                TODAY.plusDays(3).toString(), "reasonCode", "NGHI_PHEP", "scope", "Văn bản đến",
                "holderDuties", "Bàn giao", "delegateDuties", "Không chia sẻ tài khoản"));

        ResponseEntity<String> nobody = report("stp.vp", Map.of("personUsername", "stp.tp2", "leaveReason", "RETIREMENT",
                "handoverDate", TODAY.toString()));
        assertThat(nobody.getStatusCode().value()).isEqualTo(400);
        assertThat(nobody.getBody()).contains("Dương Thị Kim Oanh không có tài khoản nào đang hoạt động trong sổ theo dõi");
        ResponseEntity<String> wrong = report("stp.vp", Map.of("personUsername", "stp.cv3", "leaveReason", "TRANSFER",
                "handoverDate", TODAY.plusDays(2).toString(), "keepSystems", client.jsonList(List.of("IOFFICE"))));
        assertThat(wrong.getBody()).contains("Ngày hoàn thành bàn giao: không được sau ngày hôm nay")
                .contains("Cơ quan mới: bắt buộc khi chuyển công tác").contains("Tài khoản giữ lại: chỉ giữ được");
        assertThat(report("ldtb.vp", Map.of("personUsername", "stp.cv3", "leaveReason", "RETIREMENT",
                "handoverDate", TODAY.toString())).getStatusCode().value()).isIn(400, 403);

        String key = client.start("stp.tp1", "Process_AccountRevocation", Map.of("personUsername", "stp.cv3",
                "leaveReason", "POSITION_CHANGE", "newPosition", "Chuyên viên Phòng Bổ trợ tư pháp",
                "handoverDate", TODAY.minusDays(1).toString(), "keepSystems", client.jsonList(List.of("OFFICIAL_EMAIL"))));
        assertThat(key).startsWith("TH-");
        assertThat(report("stp.vp", Map.of("personUsername", "stp.cv3", "leaveReason", "RETIREMENT",
                "handoverDate", TODAY.toString())).getBody()).contains("Ngô Đức Thịnh đang có một báo cáo chưa hoàn tất");
        // the letters of a person who leaves end at once
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(letter).count()).isZero();
        assertThat(jdbc.queryForObject("select status from auz_authorization where id = ?", String.class,
                Long.parseLong(letter.substring(3)))).isEqualTo("REJECTED");

        // the office's morning list of pending closures (on a working day), and its report per unit
        LocalDate workday = workingDays.addWorkingDays(TODAY, 0);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(workday.atTime(7, 30)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        try {
            assertThat(reminders.sendPendingDigests()).isGreaterThanOrEqualTo(1);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        long left = java.time.temporal.ChronoUnit.DAYS.between(workday, TODAY.plusDays(4));
        assertThat(notifier.messagesAbout("DONG-TK-STP")).anySatisfy(m -> assertThat(m.body())
                .contains("Ngô Đức Thịnh: thinhnd.io (VNPT-iOffice)")
                .contains(left >= 0 ? "còn " + left + " ngày" : "quá hạn " + (-left) + " ngày"));
        // the office's mail, from its template (documents/thu/dong-tai-khoan-da-bao.ftl)
        assertThat(notifier.messagesAbout(key)).anySatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Đóng tài khoản: Ngô Đức Thịnh thay đổi vị trí công tác");
            assertThat(m.body()).contains("**Ngô Đức Thịnh**: thay đổi vị trí công tác, bàn giao xong ngày ")
                    .contains("- thinhnd.io (VNPT-iOffice): chờ đóng").contains("Hạn đóng: "
                            + vn.dldcaccess.document.PdfDocuments.dmy(TODAY.plusDays(4)) + ".");
        });
        assertThat(rest.withBasicAuth("stp.vp", "demo").getForObject("/api/revocations/report?agency=STP", String.class))
                .contains("Phòng Hành chính tư pháp").contains("\"pending\":1");

        String close = client.task("stp.vp", key, "Task_CloseAccount");
        assertThat(client.task("tthc.qt", key, "Task_CloseAccount")).isNull();
        assertThat(plain(client.variable("stp.vp", close, "closeSummary").asText())).contains("thinhnd.io")
                .contains("Hạn đóng:** " + vn.dldcaccess.document.PdfDocuments.dmy(TODAY.plusDays(4)));
        ResponseEntity<String> future = client.complete("stp.vp", close, Map.of("closedOn", TODAY.plusDays(1).toString()));
        assertThat(future.getBody()).contains("Ngày đóng tài khoản: không được sau ngày hôm nay");
        client.ok(client.complete("stp.vp", close, Map.of("closedOn", TODAY.toString())));

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        AccountView closed = accounts.account(ioffice);
        assertThat(closed.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(closed.history().get(closed.history().size() - 1).actor()).isEqualTo("stp.vp");
        assertThat(accounts.account(mail).status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("Process_AccountLifecycle")
                .processInstanceBusinessKey("TK-" + ioffice).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("Process_AccountLifecycle")
                .processInstanceBusinessKey("TK-" + mail).count()).isEqualTo(1);

        // the same closing recorded twice changes nothing
        long revocationId = Long.parseLong(key.substring(3));
        long itemId = jdbc.queryForObject("select id from rev_item where account_id = ?", Long.class, ioffice);
        assertThat(closings.recordClosed(key, itemId, TODAY.toString(), actor("stp.vp"))).isFalse();

        Long doc = jdbc.queryForObject("select notice_document_id from rev_revocation where id = ?", Long.class, revocationId);
        String notice = client.pdfText("stp.vp", "/api/documents/" + doc);
        client.assertIssued("stp.vp", "/api/documents/" + doc, true);
        // issue 21: a thông báo (its name, its trích yếu under it, no "Kính gửi"), the accounts in its text
        assertThat(notice).contains("THÔNG BÁO").contains("Về việc đóng tài khoản của Ngô Đức Thịnh")
                .doesNotContain("Kính gửi").doesNotContain("V/v ").contains("Công văn số 2932/SLĐTBXH-VP ngày 20/8/2024")
                .contains("thinhnd.io").contains("Giữ lại").contains("Đúng hạn").contains("Thay đổi vị trí công tác".toLowerCase())
                .contains("Chuyên viên Phòng Bổ trợ tư pháp")
                // issue 14: its own number; drawn up by the office that reported, nobody claimed to have signed;
                // issue 21: the number with its leading zero, and sealed, signed in the agency's name ("TL."),
                // never "không ký"
                .containsPattern("Số: \\d{2,}/TB-STP ").contains("TL. GIÁM ĐỐC TRƯỞNG PHÒNG").contains("Ngô Thanh Tùng")
                .contains("(Lập trên hệ thống ngày ").doesNotContain("không ký").doesNotContain("Đã ký")
                .doesNotContain("KT.").containsPattern("Tổng cộng: \\d+ tài khoản");
        assertThat(client.pdfText("stp.cv3", "/api/documents/" + doc)).contains("thinhnd.io");
        assertThat(accounts.accountsOf("stp.cv3")).extracting(AccountView::system).contains(AccountSystem.OFFICIAL_EMAIL);
        assertThat(rest.withBasicAuth("stp.vp", "demo").getForObject("/api/revocations/report?agency=STP", String.class))
                .contains("\"onTime\":1").contains("\"pending\":0");
        assertThat(rest.withBasicAuth("ldtb.vp", "demo").getForEntity("/api/revocations/report?agency=STP", String.class)
                .getStatusCode().value()).isEqualTo(403);

        // the register: the closing, done within the deadline, with its notice and every closed account
        JsonNode row = client.json.readTree(rest.withBasicAuth("stp.vp", "demo")
                .getForObject("/api/register?kind=REVOCATION&q=" + key, String.class)).get("rows").get(0);
        assertThat(row.get("person").asText()).isEqualTo("Ngô Đức Thịnh");
        assertThat(row.get("stage").asText()).isEqualTo("Đã đóng xong");
        assertThat(row.get("onTime").asBoolean()).isTrue();
        JsonNode detail = client.json.readTree(rest.withBasicAuth("stp.vp", "demo")
                .getForObject("/api/register/requests/" + row.get("id").asLong(), String.class));
        assertThat(detail.get("timeline").findValuesAsText("detail")).anySatisfy(d -> assertThat(d).contains("thinhnd.io"));
        assertThat(detail.get("documents").findValuesAsText("url")).contains("/api/documents/" + doc);
        // the aggregator follows every agency's closings, but lists only the documents it may read
        JsonNode seenByAggregator = client.json.readTree(rest.withBasicAuth("stttt.cv", "demo")
                .getForObject("/api/register/requests/" + row.get("id").asLong(), String.class));
        assertThat(seenByAggregator.get("stage").asText()).isEqualTo("Đã đóng xong");
        assertThat(seenByAggregator.get("documents")).isEmpty();
        assertThat(rest.withBasicAuth("stttt.cv", "demo").getForEntity("/api/documents/" + doc, String.class)
                .getStatusCode().value()).isEqualTo(403);
    }
}
