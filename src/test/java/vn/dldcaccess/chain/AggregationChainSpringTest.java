package vn.dldcaccess.chain;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
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
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.registration.RegistrationProgressView;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.registration.RegistrationStatus;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.TasklistSubmission;
import vn.dldcaccess.support.SampleForms;
import vn.dldcaccess.support.TestMail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain of letter 2932 §3 through engine REST: two agencies × three applicants, from form 1658 to
 * provisioned accounts, with PC06's reply in parts (typed, CSV, XLSX), every PDF read back and mails received
 * by a real SMTP server.
 */
class AggregationChainSpringTest extends AbstractSpringTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RegistrationService registrations;
    @Autowired
    AccountRegister accounts;
    @Autowired
    Notifier notifier;
    ChainClient client;

    record Applicant(String user, String unit, String unitHead, String email, String citizenId, String name) {
    }

    static final List<Applicant> SLD = List.of(
            new Applicant("ldtb.cv1", "SLDTBXH_VL", "ldtb.tp1", "huongnt@angiang.gov.vn", "079190000601", "Nguyễn Thị Hường"),
            new Applicant("ldtb.cv2", "SLDTBXH_NCC", "ldtb.tp2", "ductv@angiang.gov.vn", "079190000602", "Trần Văn Đức"),
            new Applicant("ldtb.cv3", "SLDTBXH_VL", "ldtb.tp1", "yenlh@angiang.gov.vn", "079190000603", "Lê Hoàng Yến"));
    static final List<Applicant> STP = List.of(
            new Applicant("stp.cv1", "STP_HCTP", "stp.tp1", "khoidm@angiang.gov.vn", "079190000604", "Đặng Minh Khôi"),
            new Applicant("stp.cv2", "STP_BTTP", "stp.tp2", "linhbtm@angiang.gov.vn", "079190000605", "Bùi Thị Mỹ Linh"),
            new Applicant("stp.cv3", "STP_HCTP", "stp.tp1", "thinhnd@angiang.gov.vn", "079190000606", "Ngô Đức Thịnh"));

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    void runJobs() {
        vn.dldcaccess.support.EngineJobs.runMessages(engine);
    }

    @Test
    void twoAgenciesThreeApplicantsEachReachProvisionedAccounts() throws Exception {
        LocalDate today = LocalDate.now(VN);
        Map<String, String> numbers = new LinkedHashMap<>();
        for (Applicant a : concat(SLD, STP)) {
            Map<String, Object> form = SampleForms.valid(a.citizenId(), a.unit(), a.email());
            form.put("fullName", a.name());
            if (a.citizenId().equals("079190000604")) {
                // point 11: the account she has on the TTHC system, which provisioning may take as it is
                form.put("tthcUsername", "khoidm.tthc");
            }
            numbers.put(a.citizenId(), client.start(a.user(), "Process_AccountRegistration", form));
        }
        for (Applicant a : concat(SLD, STP)) {
            String number = numbers.get(a.citizenId());
            client.ok(client.complete(a.unitHead(), client.task(a.unitHead(), number, null), Map.of("decision", "CONFIRM")));
        }
        runJobs();

        long sldLetter = agencyLetter("ldtb.vp", "ldtb.gd", "301", SLD, numbers);
        long stpLetter = agencyLetter("stp.vp", "stp.gd", "302", STP, numbers);
        runJobs();
        for (String number : numbers.values()) {
            assertThat(status(number)).isEqualTo(RegistrationStatus.AT_AGGREGATOR);
        }

        // the aggregator composes a batch of exactly these two letters
        List<Long> received = List.of(
                jdbc.queryForObject("select id from agg_letter where agency_letter_id = ?", Long.class, sldLetter),
                jdbc.queryForObject("select id from agg_letter where agency_letter_id = ?", Long.class, stpLetter));
        String compose = composeTaskWith(received);
        String batchKey = businessKeyOfTask(compose);
        assertThat(client.task("ldtb.vp", batchKey, null)).isNull();
        client.ok(client.complete("stttt.cv", compose, Map.of("chosenLetters",
                client.jsonList(received.stream().map(String::valueOf).toList()))));
        String draftUrl = runtime.getVariable(processOf(batchKey), "batchDocumentUrl").toString();
        String draft = client.pdfText("stttt.ld", draftUrl);
        assertThat(draft).contains("Sở Lao động - Thương binh và Xã hội").contains("Sở Tư pháp").contains("Cộng: 3 người")
                .contains("Tổng cộng: 6 người của 2 cơ quan").contains("301/SLĐTBXH-VP").contains("302/STP-VP")
                .contains("Kính gửi: Phòng Cảnh sát QLHC về TTXH - Công an tỉnh An Giang").contains("DỰ THẢO").doesNotContain("(Đã ký");
        for (Applicant a : concat(SLD, STP)) {
            assertThat(draft).contains(a.name()).contains(a.citizenId());
            // a request number may wrap inside its cell
            assertThat(draft.replace(" ", "")).contains(numbers.get(a.citizenId()));
        }

        client.ok(client.complete("stttt.ld", client.task("stttt.ld", batchKey, "Task_SignBatchLetter"),
                Map.of("leaderDecision", "SIGN")));
        String send = client.task("stttt.cv", batchKey, "Task_SendToPC06");
        ResponseEntity<String> bad = client.complete("stttt.cv", send, Map.of("outgoingNumber", "abc",
                "sentDate", today.plusDays(3).toString()));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody()).contains("Số công văn đi: bắt buộc").contains("Ngày gửi: không được sau ngày hôm nay")
                .contains("Hình thức gửi: vui lòng chọn");
        client.ok(client.complete("stttt.cv", send, Map.of("outgoingNumber", "215", "sentDate", today.toString(),
                "channel", "EDOC")));
        for (String number : numbers.values()) {
            assertThat(status(number)).isEqualTo(RegistrationStatus.SENT_TO_PC06);
        }
        String sent = client.pdfText("pc06.cb", runtime.getVariable(processOf(batchKey), "batchDocumentUrl").toString());
        client.assertIssued("pc06.cb", runtime.getVariable(processOf(batchKey), "batchDocumentUrl").toString(), true);
        assertThat(sent).contains("Số: 215/STTTT-BCVT").contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC").contains("Tạ Quang Dũng").contains("(Đã ký duyệt trên hệ thống ngày ").doesNotContain("DỰ THẢO");

        // part one, typed by PC06's own user: two approved, one rejected with a reason
        String n1 = numbers.get("079190000601");
        String n2 = numbers.get("079190000602");
        String n3 = numbers.get("079190000603");
        String n4 = numbers.get("079190000604");
        String n5 = numbers.get("079190000605");
        String n6 = numbers.get("079190000606");
        String decide = client.task("pc06.cb", batchKey, "Task_RecordPC06Decisions");
        assertThat(client.variable("pc06.cb", decide, "pendingPersons").asText()).contains(n1).contains(n6);
        client.ok(client.complete("pc06.cb", decide, Map.of("approvedRequests", client.jsonList(List.of(n1, n4)),
                "rejectedRequests", client.jsonList(List.of(n2)),
                "rejectionReasons", n2 + ": Thông tin số định danh không khớp CSDLQG về dân cư")));
        assertThat(status(n1)).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(status(n2)).isEqualTo(RegistrationStatus.REJECTED_BY_PC06);

        // the same decision again is a no-op; a contradicting one and a stranger are refused, naming each
        decide = client.task("stttt.cv", batchKey, "Task_RecordPC06Decisions");
        assertThat(client.variable("stttt.cv", decide, "pendingPersons").asText()).doesNotContain(n1).contains(n3);
        ResponseEntity<String> wrong = client.complete("stttt.cv", decide, Map.of(
                "approvedRequests", client.jsonList(List.of(n1, "STP-2026-999999")),
                "rejectedRequests", client.jsonList(List.of(n4)), "rejectionReasons", "lý do"));
        assertThat(wrong.getStatusCode().value()).isEqualTo(400);
        assertThat(wrong.getBody()).contains("STP-2026-999999 không có trong đợt này")
                .contains(n4 + " (Đặng Minh Khôi) đã được ghi \\\"Đồng ý\\\"").doesNotContain(n1 + " (");
        client.ok(client.complete("stttt.cv", decide, Map.of("approvedRequests", client.jsonList(List.of(n1)))));
        assertThat(status(n4)).isEqualTo(RegistrationStatus.APPROVED);

        // part two, uploaded as CSV: one good row; every doubtful row is left for a person
        String csv = "Số phiếu;Số định danh;Kết quả;Lý do\n"
                + n3 + ";079190000603;Đồng ý;\n"
                + n5 + ";079190000699;Đồng ý;\n"
                + "STP-2026-999998;079190000698;Đồng ý;\n"
                + n2 + ";079190000602;Đồng ý;\n"
                + n6 + ";079190000606;Không đồng ý;\n"
                + n1 + ";079190000601;Đồng ý;\n";
        ResponseEntity<String> csvReply = client.upload("stttt.cv", "/api/aggregation/batches/" + batchId(batchKey)
                + "/pc06-reply", "tra-loi-pc06.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(csvReply.getStatusCode().value()).as(csvReply.getBody()).isEqualTo(200);
        JsonNode report = client.json.readTree(csvReply.getBody());
        assertThat(report.get("applied").asInt()).isEqualTo(1);
        assertThat(report.get("alreadyRecorded").asInt()).isEqualTo(1);
        assertThat(report.get("stillPending").asInt()).isEqualTo(2);
        assertThat(report.get("issues").toString()).contains("số định danh không khớp").contains("không có yêu cầu nào")
                .contains("mâu thuẫn với kết quả đã ghi").contains("không đồng ý nhưng không có lý do");
        assertThat(status(n3)).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(status(n2)).isEqualTo(RegistrationStatus.REJECTED_BY_PC06);
        decide = client.task("stttt.cv", batchKey, "Task_RecordPC06Decisions");
        assertThat(client.variable("stttt.cv", decide, "replyIssues").asText()).contains("4 dòng cần người xử lý");

        // a reply of 60 rows a person must look at (requests nobody made): stored and shown whole, however long
        StringBuilder many = new StringBuilder("Số phiếu;Số định danh;Kết quả;Lý do\n");
        for (int i = 0; i < 60; i++) {
            many.append(String.format("STP-2026-9%05d;0791900007%02d;Đồng ý;%n", i, i));
        }
        ResponseEntity<String> manyReply = client.upload("stttt.cv", "/api/aggregation/batches/" + batchId(batchKey)
                + "/pc06-reply", "tra-loi-nhieu-dong.csv", many.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(manyReply.getStatusCode().value()).as(manyReply.getBody()).isEqualTo(200);
        assertThat(client.json.readTree(manyReply.getBody()).get("issues")).hasSize(60);
        decide = client.task("stttt.cv", batchKey, "Task_RecordPC06Decisions");
        // what the Tasklist reads: a Json string (the engine's text column holds 4000 characters), parsed to the text
        JsonNode longIssues = client.variable("stttt.cv", decide, "replyIssues");
        String issuesShown = client.json.readTree(longIssues.asText()).asText();
        assertThat(issuesShown.length()).isGreaterThan(4000);
        assertThat(issuesShown).contains("60 dòng cần người xử lý").contains("STP-2026-900000").contains("STP-2026-900059");

        ResponseEntity<String> notMine = client.upload("ldtb.vp", "/api/aggregation/batches/" + batchId(batchKey)
                + "/pc06-reply", "x.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(notMine.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> garbage = client.upload("stttt.cv", "/api/aggregation/batches/" + batchId(batchKey)
                + "/pc06-reply", "tra-loi.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.getStatusCode().value()).isEqualTo(400);
        assertThat(garbage.getBody()).contains("Không đọc được tệp tra-loi.xlsx");

        // the last part, as XLSX (citizen ids typed as text): the batch closes
        ResponseEntity<String> xlsxReply = client.upload("pc06.cb", "/api/aggregation/batches/" + batchId(batchKey)
                + "/pc06-reply", "tra-loi-pc06.xlsx", xlsx(List.of(
                List.of("So phieu", "CCCD", "Ket qua", "Ly do"),
                List.of(n5, "079190000605", "Đồng ý", ""),
                List.of(n6, "079190000606", "Không đồng ý", "Đã có tài khoản khác"))));
        assertThat(xlsxReply.getStatusCode().value()).as(xlsxReply.getBody()).isEqualTo(200);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(batchKey).count()).isZero();
        assertThat(jdbc.queryForObject("select status from agg_batch where id = ?", String.class, batchId(batchKey)))
                .isEqualTo("CLOSED");

        // provisioning by the TTHC administrators; refusals in Vietnamese
        String provision = client.task("tthc.qt", n1, "Task_ProvisionAccount");
        assertThat(client.task("ldtb.cv1", n1, "Task_ProvisionAccount")).isNull();
        ResponseEntity<String> future = client.complete("tthc.qt", provision, Map.of("tthcAccountUsername", "huongnt.ag",
                "accountCreatedOn", today.plusDays(1).toString()));
        assertThat(future.getBody()).contains("Ngày cấp: không được sau ngày hôm nay");
        // issue 21: the name left empty (form-js sends "") is the one the form gave in point 11; a form that gave
        // none needs it, and says so
        ResponseEntity<String> noName = TasklistSubmission.submit(rest, "tthc.qt", provision, "provision-account",
                Map.of("tthcAccountUsername", "", "accountCreatedOn", today.toString()));
        assertThat(noName.getStatusCode().value()).isEqualTo(400);
        assertThat(noName.getBody()).contains("Tên đăng nhập: bắt buộc, vì phiếu không ghi tài khoản trên Hệ thống TTHC");
        client.ok(TasklistSubmission.submit(rest, "tthc.qt", client.task("tthc.qt", n4, "Task_ProvisionAccount"),
                "provision-account", Map.of("tthcAccountUsername", "", "accountCreatedOn", today.toString())));
        assertThat(accounts.account(registrations.progress(n4).orElseThrow().accountId()).username())
                .isEqualTo("khoidm.tthc");
        for (String n : List.of(n1, n3, n5)) {
            if (n.equals(n5)) {
                ResponseEntity<String> taken = client.complete("tthc.qt", client.task("tthc.qt", n, "Task_ProvisionAccount"),
                        Map.of("tthcAccountUsername", "TK" + n1.substring(n1.length() - 3) + ".sl", "accountCreatedOn",
                                today.toString()));
                assertThat(taken.getStatusCode().value()).isEqualTo(400);
                assertThat(taken.getBody()).contains("đã có trong sổ theo dõi");
            }
            String user = "tk" + n.substring(n.length() - 3) + "." + (n.startsWith("STP") ? "st" : "sl");
            client.ok(client.complete("tthc.qt", client.task("tthc.qt", n, "Task_ProvisionAccount"),
                    Map.of("tthcAccountUsername", user, "accountCreatedOn", today.toString())));
        }
        for (String n : List.of(n1, n3, n4, n5)) {
            RegistrationProgressView p = registrations.progress(n).orElseThrow();
            assertThat(p.status()).isEqualTo(RegistrationStatus.PROVISIONED);
            assertThat(p.steps()).extracting(RegistrationProgressView.Step::status).containsSubsequence(
                    RegistrationStatus.SUBMITTED, RegistrationStatus.CONFIRMED, RegistrationStatus.IN_AGENCY_LETTER,
                    RegistrationStatus.AT_AGGREGATOR, RegistrationStatus.SENT_TO_PC06, RegistrationStatus.APPROVED,
                    RegistrationStatus.PROVISIONED);
            assertThat(p.steps()).allSatisfy(s -> assertThat(s.at()).isNotNull());
            AccountView account = accounts.account(p.accountId());
            assertThat(account.system()).isEqualTo(AccountSystem.DLDC_TTHC);
            assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(account.grantedOn()).isEqualTo(today);
            assertThat(account.history()).hasSize(1).first().satisfies(h -> assertThat(h.actor()).isEqualTo("tthc.qt"));
        }
        // the agency office's register shows every step, from its own records and from the engine's history
        JsonNode listed = client.json.readTree(rest.withBasicAuth("ldtb.vp", "demo")
                .getForObject("/api/register?q=" + n1, String.class)).get("rows").get(0);
        assertThat(listed.get("stage").asText()).isEqualTo("Đã cấp tài khoản");
        assertThat(listed.get("open").asBoolean()).isFalse();
        JsonNode registered = client.json.readTree(rest.withBasicAuth("ldtb.vp", "demo")
                .getForObject("/api/register/requests/" + listed.get("id").asLong(), String.class));
        assertThat(registered.get("timeline").findValuesAsText("step")).containsSubsequence(
                "Đã nộp, chờ lãnh đạo đơn vị xác nhận", "Đã xác nhận, chờ đưa vào công văn",
                "Đã có trong công văn của cơ quan", "Đã chuyển cơ quan tổng hợp, chờ gửi PC06",
                "Đã gửi Công an tỉnh (PC06), chờ kết quả", "PC06 đồng ý, chờ tạo tài khoản", "Đã cấp tài khoản")
                .contains("Lãnh đạo đơn vị xác nhận", "Tạo tài khoản trên Hệ thống TTHC");
        assertThat(registered.get("timeline").findValuesAsText("actor")).contains("Lê Thị Thu Hà", "Quách Thị Yến");
        assertThat(registered.get("documents").findValuesAsText("title")).anySatisfy(t -> assertThat(t).startsWith("phieu-dang-ky-"));
        assertThat(registered.get("accounts").findValuesAsText("system")).contains("Hệ thống TTHC - khai thác CSDLQG về dân cư");
        JsonNode progress = client.json.readTree(rest.withBasicAuth("ldtb.cv1", "demo")
                .getForObject("/api/registrations/" + n1, String.class));
        assertThat(progress.get("statusLabel").asText()).isEqualTo("Đã cấp tài khoản");
        assertThat(progress.get("steps").toString()).contains("Đã chuyển cơ quan tổng hợp").contains("Đã gửi Công an tỉnh (PC06)")
                .contains("Công văn số 215/STTTT-BCVT");
        // issue 13: people by name, the application's own steps in Vietnamese, never a log-in or "system"
        assertThat(progress.get("steps").findValuesAsText("actor")).contains("Lê Thị Thu Hà")
                .doesNotContain("system", "ldtb.tp1");
        assertThat(rest.withBasicAuth("ldtb.tp1", "demo").getForEntity("/api/registrations/" + n1, String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(rest.withBasicAuth("stp.cv1", "demo").getForEntity("/api/registrations/" + n1, String.class)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(n2).count()).isZero();
        assertThat(registrations.progress(n2).orElseThrow().steps().get(registrations.progress(n2).orElseThrow()
                .steps().size() - 1).detail()).isEqualTo("Thông tin số định danh không khớp CSDLQG về dân cư");

        // a holder of an active DLDC account cannot register a second one; a refused person can register again
        Map<String, Object> again = SampleForms.valid("079190000601", "SLDTBXH_VL", "huongnt@angiang.gov.vn");
        ResponseEntity<String> second = client.post("ldtb.cv1", "/process-definition/key/Process_AccountRegistration/submit-form", again);
        assertThat(second.getStatusCode().value()).isEqualTo(400);
        assertThat(second.getBody()).contains("đã có tài khoản DLDC đang sử dụng");

        // everyone concerned was told, in Vietnamese, and the mails reached the SMTP server
        assertThat(notifier.messagesAbout(n2)).anySatisfy(m -> {
            assertThat(m.recipientUsername()).isEqualTo("ldtb.cv2");
            assertThat(m.body()).contains("Thông tin số định danh không khớp CSDLQG về dân cư");
        }).anySatisfy(m -> assertThat(m.recipientUsername()).isEqualTo("ldtb.tp2"))
                .anySatisfy(m -> assertThat(m.recipientUsername()).isEqualTo("ldtb.vp"));
        assertThat(notifier.messagesAbout(n1)).anySatisfy(m -> {
            assertThat(m.recipientUsername()).isEqualTo("ldtb.cv1");
            assertThat(m.subject()).startsWith("Đã cấp tài khoản DLDC");
        });
        runJobs();
        assertThat(notifier.messagesAbout(n1)).allSatisfy(m -> assertThat(m.status()).isEqualTo("SENT"));
        List<MimeMessage> mails = new ArrayList<>(Arrays.asList(TestMail.server().getReceivedMessages()));
        assertThat(mails).anySatisfy(m -> {
            assertThat(m.getSubject()).isEqualTo("Đã cấp tài khoản DLDC: yêu cầu " + n1);
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("huongnt@angiang.gov.vn");
            // issue 13: HTML with a plain-text part, the same words in both
            assertThat(part(m, "text/plain")).contains("tên đăng nhập: tk").contains("dldc-access").doesNotContain("<p>");
            assertThat(part(m, "text/html")).contains("<p>").contains("tên đăng nhập: tk");
        });

        // the agency office enters an iOffice account by hand; wrong entries are refused in Vietnamese
        client.start("stp.vp", "Process_AccountRecording", Map.of("accountSystem", "IOFFICE",
                "holderUsername", "stp.cv1", "accountUsername", "khoidm", "grantedOn", today.toString()));
        ResponseEntity<String> dup = client.post("stp.vp", "/process-definition/key/Process_AccountRecording/submit-form",
                Map.of("accountSystem", "IOFFICE", "holderUsername", "stp.cv1", "accountUsername", "KhoiDM",
                        "grantedOn", today.toString()));
        assertThat(dup.getBody()).contains("đã có trong sổ theo dõi");
        ResponseEntity<String> otherAgency = client.post("stp.vp", "/process-definition/key/Process_AccountRecording/submit-form",
                Map.of("accountSystem", "OFFICIAL_EMAIL", "holderUsername", "ldtb.cv1", "accountUsername", "x@angiang.gov.vn",
                        "grantedOn", today.toString()));
        assertThat(otherAgency.getBody()).contains("không có người có tên đăng nhập \\\"ldtb.cv1\\\" trong cơ quan");
        assertThat(accounts.accountsOf("stp.cv1")).extracting(AccountView::system)
                .containsExactlyInAnyOrder(AccountSystem.DLDC_TTHC, AccountSystem.IOFFICE);

        // group tasks are told once a day: one digest per person (a working day's morning)
        assertThat(jdbc.queryForObject("select count(*) from ntf_digest_entry where recipient_username = 'tthc.qt'"
                + " and digested_at is null", Integer.class)).isGreaterThanOrEqualTo(4);
        var management = engine.getManagementService();
        var digestTimer = management.createJobQuery().processDefinitionKey("Process_TaskDigest").timers().singleResult();
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                java.time.ZonedDateTime.parse("2026-11-25T07:00:00+07:00").toInstant()));
        try {
            management.executeJob(digestTimer.getId());
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
        assertThat(notifier.messagesAbout("DIGEST-tthc.qt")).singleElement().satisfies(m -> {
            assertThat(m.subject()).matches("dldc-access: \\d+ công việc mới");
            assertThat(m.body()).contains("Tạo tài khoản trên Hệ thống TTHC").contains(n1);
        });
        assertThat(jdbc.queryForObject("select count(*) from ntf_digest_entry where digested_at is null", Integer.class))
                .isZero();
    }

    /** Office prepares a letter with exactly these applicants; the director signs. Returns the letter id. */
    long agencyLetter(String office, String director, String number, List<Applicant> people, Map<String, String> numbers)
            throws Exception {
        String key = client.start(office, "Process_AgencySubmission", Map.of());
        List<String> mine = people.stream().map(a -> numbers.get(a.citizenId())).toList();
        client.ok(client.complete(office, client.task(office, key, "Task_PrepareAgencyLetter"), Map.of(
                "includedRequestNumbers", client.jsonList(mine), "letterNumber", number,
                "letterDate", LocalDate.now(VN).toString())));
        client.ok(client.complete(director, client.task(director, key, "Task_SignByDirector"),
                Map.of("directorDecision", "SIGN")));
        long id = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
        Long doc = jdbc.queryForObject("select document_id from sub_agency_letter where id = ?", Long.class, id);
        assertThat(client.pdfText("stttt.cv", "/api/documents/" + doc)).contains("(Đã ký duyệt trên hệ thống ngày ");
        return id;
    }

    String composeTaskWith(List<Long> letters) throws Exception {
        JsonNode tasks = client.json.readTree(rest.withBasicAuth("stttt.cv", "demo")
                .getForObject("/engine-rest/task?taskDefinitionKey=Task_ComposeBatch", String.class));
        for (JsonNode t : tasks) {
            String options = client.variable("stttt.cv", t.get("id").asText(), "waitingLetters").asText();
            if (letters.stream().allMatch(l -> options.contains("\"value\":\"" + l + "\""))) {
                return t.get("id").asText();
            }
        }
        throw new AssertionError("no compose task offers letters " + letters + ": " + tasks + " options: "
                + (tasks.size() > 0 ? client.variable("stttt.cv", tasks.get(0).get("id").asText(), "waitingLetters") : ""));
    }

    String businessKeyOfTask(String taskId) {
        String pi = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        return runtime.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
    }

    String processOf(String businessKey) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    static long batchId(String batchKey) {
        return Long.parseLong(batchKey.substring("DOT-".length()));
    }

    RegistrationStatus status(String number) {
        return registrations.byRequestNumber(number).orElseThrow().status();
    }

    static byte[] xlsx(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Kết quả");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The body of a mail's part of this type (the first, however deep). */
    static String part(jakarta.mail.Part p, String type) throws Exception {
        if (p.isMimeType(type)) {
            return p.getContent().toString();
        }
        if (p.getContent() instanceof jakarta.mail.Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                String found = part(multi.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
