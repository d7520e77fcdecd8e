package vn.dldcaccess.revocation;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.NewAccount;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.TasklistSubmission;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static vn.dldcaccess.support.Rendered.plain;
import static vn.dldcaccess.support.DemoPeople.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** A DLDC account of a person who resigns goes back through the aggregator's next batch to PC06, then closes. */
class DldcRevocationSpringTest extends AbstractSpringTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    AccountRegister accounts;
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    /** A resigned holder's DLDC account, its closing reported, taken into the aggregator's next batch, sent to PC06. */
    record Sent(long account, String key, String batchKey, String batchPi, long requestId) {
    }

    Sent revocationSentToPc06(String account, String citizenId) throws Exception {
        long dldc = accounts.open(new NewAccount(AccountSystem.DLDC_TTHC, account, "ldtb.gd", "Huỳnh Văn Thắng",
                citizenId, "SLDTBXH", null, TODAY.minusDays(60), null), actor("tthc.qt")).id();
        String key = client.start("ldtb.vp", "Process_AccountRevocation", Map.of("personUsername", "ldtb.gd",
                "leaveReason", "RESIGNATION", "handoverDate", TODAY.toString()));
        assertThat(client.task("tthc.qt", key, "Task_CloseAccount")).isNull();
        long requestId = jdbc.queryForObject("select r.id from agg_revocation r join rev_item i on i.id = r.revocation_item_id "
                + "where i.account_id = ?", Long.class, dldc);

        // the aggregator's batch takes the request with it, whatever letters it takes
        String compose = null;
        for (var t : tasks.createTaskQuery().taskDefinitionKey("Task_ComposeBatch").list()) {
            if (plain(client.variable("stttt.cv", t.getId(), "waitingLettersText").asText()).contains(account)) {
                compose = t.getId();
            }
        }
        assertThat(compose).isNotNull();
        String batchPi = tasks.createTaskQuery().taskId(compose).singleResult().getProcessInstanceId();
        String batchKey = runtime.createProcessInstanceQuery().processInstanceId(batchPi).singleResult().getBusinessKey();
        // issue 21: as the Tasklist sends the form of a batch with no letter: the letters' checklist is hidden (no
        // options), so nothing of it is sent, and the revocation alone makes the batch
        if (client.variable("stttt.cv", compose, "waitingLetters").asText().equals("[]")) {
            client.ok(TasklistSubmission.submit(rest, "stttt.cv", compose, "compose-batch", Map.of()));
        } else {
            // letters of other tests wait: the checklist shows, and nothing ticked is an empty list
            client.ok(TasklistSubmission.submit(rest, "stttt.cv", compose, "compose-batch",
                    Map.of("chosenLetters", List.of())));
        }
        String sign = client.task("stttt.ld", batchKey, "Task_SignBatchLetter");
        // the signing form says what the letter asks: to revoke, not to grant
        assertThat(plain(client.variable("stttt.ld", sign, "batchSummary").asText()))
                .contains("công văn đề nghị thu hồi tài khoản").contains("Đề nghị thu hồi: 1 tài khoản")
                .doesNotContain("đề nghị cấp").doesNotContain("Đề nghị cấp");
        client.ok(client.complete("stttt.ld", sign, Map.of("leaderDecision", "SIGN")));
        client.ok(client.complete("stttt.cv", client.task("stttt.cv", batchKey, "Task_SendToPC06"), Map.of(
                "outgoingNumber", "9" + (System.nanoTime() % 100000), "sentDate", TODAY.toString(), "channel", "EMAIL")));
        return new Sent(dldc, key, batchKey, batchPi, requestId);
    }

    @Test
    void aResignedHoldersDldcAccountIsRevokedByPc06ThroughTheNextBatchThenClosed() throws Exception {
        Sent sent = revocationSentToPc06("rv.thanghv.dldc", "079190000901");
        long dldc = sent.account();
        String key = sent.key();
        String batchKey = sent.batchKey();
        String batchPi = sent.batchPi();
        long requestId = sent.requestId();
        String pdf = client.pdfText("pc06.cb", runtime.getVariable(batchPi, "batchDocumentUrl").toString());
        // issue 21: with the citizen id PC06 identifies people by
        assertThat(pdf).contains("DANH SÁCH ĐỀ NGHỊ THU HỒI TÀI KHOẢN").contains("rv.thanghv.dldc").contains("Nghỉ việc")
                .contains("Số định danh cá nhân").contains("079190000901")
                .contains("đề nghị thu hồi 1 tài khoản").contains(key);
        // a batch of closings only asks PC06 to revoke, in its trích yếu too
        assertThat(pdf.replaceAll("\\s+", " ")).contains("V/v đề nghị thu hồi tài khoản").doesNotContain("đề nghị cấp")
                .doesNotContain("Đồng thời");

        // PC06 confirms; a request outside the batch is refused
        String decide = client.task("pc06.cb", batchKey, "Task_RecordPC06Decisions");
        // issue 21: PC06's task links the letter as sent and the reply's upload, from what the process holds
        JsonNode shown = client.json.readTree(rest.withBasicAuth("pc06.cb", "demo").getForObject(
                "/engine-rest/task/" + decide + "/form-variables?deserializeValues=false", String.class));
        String letter = shown.path("batchDocumentUrl").path("value").asText();
        String upload = shown.path("replyUploadUrl").path("value").asText();
        assertThat(letter).startsWith("/api/documents/");
        assertThat(upload).startsWith("/pc06-reply.html?batch=" + batchKey.substring("DOT-".length()));
        assertThat(client.pdfText("pc06.cb", letter)).contains("V/v đề nghị thu hồi tài khoản");
        assertThat(rest.withBasicAuth("pc06.cb", "demo").getForEntity(upload, String.class).getBody())
                .contains("Công văn đã gửi PC06");
        // and the letters as sent are listed for those who may read them, each with its PDF
        for (String reader : List.of("pc06.cb", "stttt.cv", "stttt.ld")) {
            assertThat(rest.withBasicAuth(reader, "demo").getForObject("/api/aggregation/batches/letters", String.class))
                    .as(reader).contains("\"document\":\"" + letter + "\"");
        }
        assertThat(rest.withBasicAuth("ldtb.vp", "demo").getForEntity("/api/aggregation/batches/letters", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(client.variable("pc06.cb", decide, "pendingRevocations").asText()).contains("rv.thanghv.dldc");
        ResponseEntity<String> stranger = client.complete("pc06.cb", decide, Map.of("confirmedRevocations",
                client.jsonList(List.of("999999"))));
        assertThat(stranger.getBody()).contains("đề nghị 999999 không có trong đợt này");
        client.ok(client.complete("pc06.cb", decide, Map.of("confirmedRevocations",
                client.jsonList(List.of(String.valueOf(requestId))))));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(batchPi).count()).isZero();

        // then the TTHC administrators close it; the revocation ends with its notice
        String close = client.task("tthc.qt", key, "Task_CloseAccount");
        assertThat(plain(client.variable("tthc.qt", close, "closeSummary").asText())).contains("PC06) đã xác nhận thu hồi");
        client.ok(client.complete("tthc.qt", close, Map.of("closedOn", TODAY.toString())));
        assertThat(accounts.account(dldc).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }

    JsonNode uploaded(String path, String fileName, String csv) throws Exception {
        ResponseEntity<String> r = client.upload("stttt.cv", path, fileName, csv.getBytes(StandardCharsets.UTF_8));
        client.ok(r);
        return client.json.readTree(r.getBody());
    }

    @Test
    void pc06sReplyFileConfirmsTheRevocationOnceByItsFileNumber() throws Exception {
        Sent sent = revocationSentToPc06("rv.thanghv.dldc2", "079190000902");
        String path = "/api/aggregation/batches/" + sent.batchKey().substring("DOT-".length()) + "/pc06-reply";
        String head = "Số phiếu;Số định danh;Kết quả;Lý do\n";
        // a row that does not say it was revoked, and one with another person's citizen id: left for a person
        JsonNode doubtful = uploaded(path, "tra-loi.csv", head + sent.key() + ";079190000902;Chưa thu hồi;\n"
                + sent.key() + ";079190000999;Đã thu hồi;\n");
        assertThat(doubtful.get("applied").asInt()).isZero();
        assertThat(doubtful.get("issues").toString()).contains("không đọc được kết quả thu hồi")
                .contains("số định danh không khớp với người có hồ sơ " + sent.key());
        assertThat(client.task("tthc.qt", sent.key(), "Task_CloseAccount")).isNull();

        // PC06's row: confirmed once; the batch closes, the closing goes on to the TTHC administrators
        String reply = head + sent.key() + ";079190000902;Đã thu hồi;\n";
        JsonNode first = uploaded(path, "tra-loi-pc06.csv", reply);
        assertThat(first.get("applied").asInt()).isEqualTo(1);
        assertThat(first.get("issues").size()).isZero();
        assertThat(jdbc.queryForObject("select confirmed_by from agg_revocation where id = ?", String.class,
                sent.requestId())).isEqualTo("stttt.cv");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(sent.batchPi()).count()).isZero();
        String close = client.task("tthc.qt", sent.key(), "Task_CloseAccount");
        assertThat(plain(client.variable("tthc.qt", close, "closeSummary").asText())).contains("PC06) đã xác nhận thu hồi");

        // the same file again changes nothing (the batch is closed: refused in words, nothing confirmed twice)
        ResponseEntity<String> again = client.upload("stttt.cv", path, "tra-loi-pc06.csv",
                reply.getBytes(StandardCharsets.UTF_8));
        assertThat(again.getStatusCode().is2xxSuccessful() ? again.getBody() : again.getStatusCode().value() + again.getBody())
                .doesNotContain("Exception");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(sent.key()).taskDefinitionKey("Task_CloseAccount")
                .count()).isEqualTo(1);
        client.ok(client.complete("tthc.qt", close, Map.of("closedOn", TODAY.toString())));
        assertThat(accounts.account(sent.account()).status()).isEqualTo(AccountStatus.CLOSED);
    }
}
