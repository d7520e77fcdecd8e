package vn.dldcaccess.chain;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import static vn.dldcaccess.support.Rendered.plain;
import static vn.dldcaccess.support.DemoPeople.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5 through engine REST: a watched account, its password change, and a giấy ủy quyền from request to end. */
class LifecycleSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    vn.dldcaccess.notification.Notifier notifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngine engine;
    @Autowired
    AccountRegister accounts;
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    AccountView iOffice(String holder, String username, LocalDate granted) throws Exception {
        String key = client.start("ldtb.vp", "Process_AccountRecording", Map.of("accountSystem", "IOFFICE",
                "holderUsername", holder, "accountUsername", username, "grantedOn", granted.toString()));
        return accounts.account(Long.parseLong(key.substring("TK-".length())));
    }

    Map<String, Object> letter(String delegate, LocalDate from, LocalDate to) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("accountSystem", "IOFFICE");
        v.put("delegateUsername", delegate);
        v.put("validFrom", from.toString());
        v.put("validTo", to.toString());
        v.put("reasonCode", "CONG_TAC");
        v.put("scope", "Tiếp nhận, xử lý văn bản đến của phòng");
        v.put("holderDuties", "Bàn giao đúng phạm vi công việc\nĐổi mật khẩu khi hết hạn ủy quyền");
        v.put("delegateDuties", "Không chia sẻ tài khoản\nChịu trách nhiệm về thao tác trong thời gian ủy quyền");
        return v;
    }

    ResponseEntity<String> request(String holder, Map<String, Object> v) {
        return client.post(holder, "/process-definition/key/Process_AuthorizationLetter/submit-form", v);
    }

    void runJobs() {
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
    }

    @Test
    void anOverduePasswordIsAskedForAndTheNextPeriodCountsFromTheConfirmedDate() throws Exception {
        AccountView acc = iOffice("ldtb.cv2", "ductv.io", TODAY.minusDays(40));
        assertThat(acc.passwordOverdue()).isTrue();
        assertThat(acc.passwordDueOn()).isEqualTo(TODAY.minusDays(10));
        String lifecycle = runtime.createProcessInstanceQuery().processDefinitionKey("Process_AccountLifecycle")
                .processInstanceBusinessKey("TK-" + acc.id()).singleResult().getId();
        var m = engine.getManagementService();
        m.executeJob(m.createJobQuery().processInstanceId(lifecycle).timers().singleResult().getId());
        String task = client.task("ldtb.cv2", "TK-" + acc.id(), "Task_ConfirmPasswordChanged");
        assertThat(task).isNotNull();
        assertThat(plain(client.variable("ldtb.cv2", task, "accountSummary").asText())).contains("ductv.io")
                .contains("(ngày cấp)");
        ResponseEntity<String> future = client.complete("ldtb.cv2", task, Map.of("passwordChangedOn",
                TODAY.plusDays(2).toString()));
        assertThat(future.getStatusCode().value()).isEqualTo(400);
        assertThat(future.getBody()).contains("Ngày đổi mật khẩu: không được sau ngày hôm nay");
        client.ok(client.complete("ldtb.cv2", task, Map.of("passwordChangedOn", TODAY.toString())));
        AccountView after = accounts.account(acc.id());
        assertThat(after.passwordChangedOn()).isEqualTo(TODAY);
        assertThat(after.passwordDueOn()).isEqualTo(TODAY.plusDays(30));
        assertThat(after.passwordOverdue()).isFalse();
        assertThat(after.history()).extracting(h -> h.detail()).contains("Đổi mật khẩu ngày " + TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(lifecycle).activityIdIn("Timer_PasswordDue")
                .count()).isEqualTo(1);
    }

    @Test
    void anAuthorizationLetterIsCheckedApprovedRenderedAndEndsWhenTheAccountCloses() throws Exception {
        AccountView huong = iOffice("ldtb.cv1", "huongnt.io", TODAY);
        AccountView yen = iOffice("ldtb.cv3", "yenlh.io", TODAY);

        ResponseEntity<String> wrong = request("ldtb.cv1", letter("stp.cv1", TODAY.minusDays(1), TODAY.minusDays(3)));
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody()).contains("Người được ủy quyền: không có người có tên đăng nhập")
                .contains("Từ ngày: không được trước ngày hôm nay").contains("Đến ngày: không được trước ngày bắt đầu");
        assertThat(request("ldtb.cv1", letter("ldtb.cv1", TODAY, TODAY.plusDays(40))).getBody())
                .contains("không được là chính người ủy quyền").contains("Thời hạn: không quá 30 ngày");
        Map<String, Object> noAccount = letter("ldtb.cv3", TODAY, TODAY);
        noAccount.put("accountSystem", "OFFICIAL_EMAIL");
        // no open account of that system: never one, or (other tests of this context record and close one for her)
        // only a closed one; either way refused, naming the field and the system
        assertThat(request("ldtb.cv1", noAccount).getBody()).contains("Tài khoản: ").contains("Thư điện tử công vụ")
                .containsAnyOf("Anh/Chị không có tài khoản Thư điện tử công vụ trong sổ theo dõi",
                        "tài khoản Thư điện tử công vụ của Anh/Chị đã đóng");

        String key = client.start("ldtb.cv1", "Process_AuthorizationLetter", letter("ldtb.cv3", TODAY.plusDays(1),
                TODAY.plusDays(5)));
        assertThat(key).startsWith("UQ-");
        // the same account for an overlapping period, and a delegate who is away then, are refused
        assertThat(request("ldtb.cv1", letter("ldtb.cv2", TODAY.plusDays(5), TODAY.plusDays(8))).getBody())
                .contains("Thời hạn: trùng với giấy ủy quyền số " + key);
        assertThat(request("ldtb.cv3", letter("ldtb.cv1", TODAY.plusDays(3), TODAY.plusDays(4))).getBody())
                .contains("Người được ủy quyền: Nguyễn Thị Hường cũng vắng mặt");
        accounts.suspend(yen.id(), actor("ldtb.vp"), "Kiểm tra an toàn thông tin");
        assertThat(request("ldtb.cv3", letter("ldtb.cv2", TODAY.plusDays(10), TODAY.plusDays(12))).getBody())
                .contains("tài khoản VNPT-iOffice của Anh/Chị đang tạm khóa");

        // issue 13: the delegate herself accepts first; nobody else may answer for her, the unit head waits
        String accept = client.task("ldtb.cv3", key, "Task_AcceptByDelegate");
        assertThat(accept).isNotNull();
        assertThat(client.task("ldtb.tp1", key, null)).isNull();
        assertThat(notifier.messagesAbout(key)).anySatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Đề nghị nhận ủy quyền sử dụng tài khoản");
            assertThat(mail.body()).startsWith("Nguyễn Thị Hường đề nghị ủy quyền cho Anh/Chị sử dụng tài khoản huongnt.io");
        });
        assertThat(client.complete("ldtb.tp1", accept, Map.of("delegateAnswer", "ACCEPT")).getStatusCode().value())
                .isIn(403, 404);
        assertThat(client.complete("ldtb.cv3", accept, Map.of("delegateAnswer", "DECLINE")).getBody())
                .contains("Khi không nhận, vui lòng ghi rõ lý do");
        assertThat(client.complete("ldtb.cv3", accept, Map.of("delegateAnswer", "ACCEPT", "authorizationDecision",
                "APPROVE")).getStatusCode().value()).isEqualTo(400);
        client.ok(client.complete("ldtb.cv3", accept, Map.of("delegateAnswer", "ACCEPT")));
        String acceptedOn = TODAY.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        String approve = client.task("ldtb.tp1", key, "Task_ApproveAuthorization");
        assertThat(client.task("ldtb.tp2", key, null)).isNull();
        assertThat(client.complete("ldtb.tp1", approve, Map.of("authorizationDecision", "REJECT")).getBody())
                .contains("Khi không duyệt, vui lòng ghi rõ lý do");
        client.ok(client.complete("ldtb.tp1", approve, Map.of("authorizationDecision", "APPROVE")));
        runJobs();
        String url = runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .singleResult().getId(), "authorizationDocumentUrl").toString();
        String pdf = client.pdfText("ldtb.cv1", url);
        client.assertIssued("ldtb.cv1", url, true);
        // issue 14: an official number of the agency's own series, the same in the register of documents
        String official = jdbc.queryForObject("select official_number from auz_authorization where id = ?", String.class,
                Long.parseLong(key.substring(3)));
        assertThat(official).matches("\\d{2,}/GUQ-SLĐTBXH");
        assertThat(jdbc.queryForObject("select official_number from doc_document where id = ?", String.class,
                Long.parseLong(url.substring(url.lastIndexOf('/') + 1)))).isEqualTo(official);
        assertThat(pdf).contains("GIẤY ỦY QUYỀN").contains("Số: " + official).doesNotContain(key).contains("Nguyễn Thị Hường")
                .contains("Lê Hoàng Yến").contains("huongnt.io (VNPT-iOffice)")
                .contains("Không chia sẻ tài khoản").contains("Lê Thị Thu Hà")
                // issue 21: sealed by the agency, so approved in its name
                .contains("TL. GIÁM ĐỐC TRƯỞNG PHÒNG").doesNotContain("LÃNH ĐẠO ĐƠN VỊ DUYỆT")
                .contains("(Đã duyệt trên hệ thống ngày ").contains("NGƯỜI ĐƯỢC ỦY QUYỀN").contains("NGƯỜI ỦY QUYỀN")
                .contains("(Đã đồng ý trên hệ thống ngày " + acceptedOn + ")").doesNotContain("chưa xác nhận");
        // both parties told, from documents/thu/uy-quyen-da-duyet.ftl, with the letter's official number
        assertThat(notifier.messagesAbout(key)).anySatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Giấy ủy quyền đã được duyệt");
            assertThat(m.body()).startsWith("Giấy ủy quyền số " + official + " sử dụng tài khoản huongnt.io từ ngày ")
                    .contains(" đã được lãnh đạo đơn vị duyệt.\n\n")
                    // issue 21: and the link to the request's page ends it
                    .endsWith("/request.html?number=" + key + ") trên dldc-access (đăng nhập bằng tài khoản của Anh/Chị).");
        });
        assertThat(jdbc.queryForObject("select status from auz_authorization where id = ?", String.class,
                Long.parseLong(key.substring(3)))).isEqualTo("APPROVED");

        // on its first day the delegation becomes active and shows on the holder's account
        var m = engine.getManagementService();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        m.executeJob(m.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
        assertThat(client.task("ldtb.cv1", key, "Task_AuthorizationActive")).isNotNull();
        String mine = rest.withBasicAuth("ldtb.cv1", "demo").getForObject("/api/accounts", String.class);
        assertThat(mine).contains("huongnt.io").contains("Lê Hoàng Yến").contains("Đang ủy quyền")
                .contains("\"passwordOverdue\":false");
        assertThat(rest.withBasicAuth("ldtb.vp", "demo").getForObject("/api/accounts?agency=SLDTBXH", String.class))
                .contains("huongnt.io").contains("yenlh.io").contains("Tạm khóa");
        assertThat(rest.withBasicAuth("stp.vp", "demo").getForEntity("/api/accounts?agency=SLDTBXH", String.class)
                .getStatusCode().value()).isEqualTo(403);

        // the account closes: its lifecycle ends, the letter ends at once
        accounts.close(huong.id(), actor("ldtb.vp"), "Chuyển công tác");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("Process_AccountLifecycle")
                .processInstanceBusinessKey("TK-" + huong.id()).count()).isZero();
        assertThat(jdbc.queryForObject("select status from auz_authorization where id = ?", String.class,
                Long.parseLong(key.substring(3)))).isEqualTo("ENDED");
        assertThat(accounts.account(huong.id()).system()).isEqualTo(AccountSystem.IOFFICE);
        // issue 13: a closed account shows no password due date, and is never overdue
        for (com.fasterxml.jackson.databind.JsonNode row : new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                rest.withBasicAuth("ldtb.cv1", "demo").getForObject("/api/accounts", String.class))) {
            if (row.get("username").asText().equals("huongnt.io")) {
                assertThat(row.get("status").asText()).isEqualTo("Đã đóng");
                assertThat(row.get("passwordDueOn").asText()).isEmpty();
                assertThat(row.get("passwordOverdue").asBoolean()).isFalse();
            }
        }
    }

    @Test
    void aDelegateWhoDeclinesEndsTheLetterAndTheHolderIsToldWhy() throws Exception {
        client.start("stp.vp", "Process_AccountRecording", Map.of("accountSystem", "IOFFICE",
                "holderUsername", "stp.cv1", "accountUsername", "khoidm.io", "grantedOn", TODAY.toString()));
        String key = client.start("stp.cv1", "Process_AuthorizationLetter", letter("stp.cv3", TODAY.plusDays(2),
                TODAY.plusDays(3)));
        String accept = client.task("stp.cv3", key, "Task_AcceptByDelegate");
        client.ok(client.complete("stp.cv3", accept, Map.of("delegateAnswer", "DECLINE",
                "delegateComment", "Tuần đó tôi nghỉ phép")));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(jdbc.queryForObject("select status from auz_authorization where id = ?", String.class,
                Long.parseLong(key.substring(3)))).isEqualTo("DECLINED");
        assertThat(notifier.messagesAbout(key)).anySatisfy(mail -> {
            assertThat(mail.subject()).isEqualTo("Người được ủy quyền không nhận ủy quyền");
            assertThat(mail.body()).startsWith("Ngô Đức Thịnh không nhận ủy quyền sử dụng tài khoản ")
                    .contains("Lý do: Tuần đó tôi nghỉ phép");
            assertThat(mail.recipientUsername()).isEqualTo("stp.cv1");
        });
        // declined, it no longer stands in the way of another letter for the same days
        assertThat(client.start("stp.cv1", "Process_AuthorizationLetter", letter("stp.cv2", TODAY.plusDays(2),
                TODAY.plusDays(3)))).startsWith("UQ-");
    }
}
