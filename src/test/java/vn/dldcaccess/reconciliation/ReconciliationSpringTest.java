package vn.dldcaccess.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.account.NewAccount;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.DemoPeople;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22: the office uploads its iOffice export, the run stores each kind of difference, the office acts on each
 * (record, correct, dismiss, start the closing), the unit head's review and the metric show what is still open,
 * the report is an XLSX. Attacks: nobody logged in, a unit head, another agency's office, the TTHC administrator
 * on iOffice, an office on DLDC, a cross-site form: refused, nothing stored or changed.
 */
class ReconciliationSpringTest extends AbstractSpringTest {
    @Autowired
    TestRestTemplate rest;
    @Autowired
    AccountRegister register;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReconciliationFindings findings;
    final ObjectMapper json = new ObjectMapper();

    /**
     * The demo people keep no account of this test: other tests of the same context count on theirs (a second
     * iOffice account of ldtb.cv3 would be the one her giấy ủy quyền names in LifecycleSpringTest).
     */
    @AfterEach
    void closeTheAccountsItGave() {
        for (String holder : new String[]{"ldtb.cv2", "ldtb.cv3", "ldtb.tp2", "stp.cv2"}) {
            register.accountsOf(holder).stream()
                    .filter(a -> a.username().toLowerCase().startsWith("rec.") && a.status() != AccountStatus.CLOSED)
                    .forEach(a -> register.close(a.id(), DemoPeople.actor("SLDTBXH".equals(a.agencyCode()) ? "ldtb.vp"
                            : "stp.vp"), "Kết thúc kiểm thử đối soát"));
        }
    }

    AccountView open(String username, String holder) {
        var p = DemoPeople.person(holder);
        return register.open(new NewAccount(AccountSystem.IOFFICE, username, p.username(), p.fullName(), null,
                "SLDTBXH", p.unitCode(), LocalDate.now().minusDays(30), null), DemoPeople.actor("ldtb.vp"));
    }

    ResponseEntity<String> upload(String user, String system, String fileName, String csv) {
        return new ChainClient(rest).upload(user, "/api/reconciliation/runs?system=" + system, fileName,
                csv.getBytes(StandardCharsets.UTF_8));
    }

    ResponseEntity<String> act(String user, long id, String action, String reason, String holder) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        h.add("X-Requested-With", "test");
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("reason", reason);
        body.put("holder", holder);
        return (user == null ? rest : rest.withBasicAuth(user, "demo")).postForEntity(
                "/api/reconciliation/differences/" + id, new HttpEntity<>(body, h), String.class);
    }

    Map<String, JsonNode> byUsername(JsonNode run) {
        Map<String, JsonNode> out = new HashMap<>();
        run.get("differences").forEach(d -> out.put(d.get("username").asText(), d));
        return out;
    }

    @Test
    void theOfficeReconcilesItsIOfficeAccountsAndActsOnEachDifference() throws Exception {
        String n = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        open("rec.same." + n, "ldtb.cv3");
        AccountView gone = open("rec.gone." + n, "ldtb.cv3");
        AccountView locked = open("rec.locked." + n, "ldtb.cv2");
        AccountView moved = open("rec.moved." + n, "stp.cv2");
        AccountView closing = open("rec.closing." + n, "ldtb.tp2");
        String csv = "Tên đăng nhập,Trạng thái,Người sử dụng,Họ và tên\n"
                + "rec.same." + n + ",Hoạt động,ldtb.cv3,\n"
                + "REC.LOCKED." + n + ",Khóa,,\n"
                + "rec.moved." + n + ",Hoạt động,,\n"
                + "rec.closing." + n + ",Tạm khóa,,\n"
                + "rec.outside." + n + ",Hoạt động,ldtb.cv3,Lê Hoàng Yến\n"
                + "rec.other." + n + ",Hoạt động,,\n";
        int runsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM rec_run", Integer.class);

        // attacks first: nothing is stored
        assertThat(upload(null, "IOFFICE", "io.csv", csv).getStatusCode().value()).isEqualTo(401);
        assertThat(upload("ldtb.tp1", "IOFFICE", "io.csv", csv).getBody()).contains("Chỉ Văn phòng của cơ quan đối soát");
        assertThat(upload("ldtb.tp1", "IOFFICE", "io.csv", csv).getStatusCode().value()).isEqualTo(403);
        assertThat(upload("tthc.qt", "IOFFICE", "io.csv", csv).getStatusCode().value()).isEqualTo(403);
        assertThat(upload("ldtb.vp", "DLDC_TTHC", "io.csv", csv).getBody())
                .contains("Chỉ quản trị Hệ thống TTHC đối soát được tài khoản DLDC");
        assertThat(new ChainClient(rest).upload("stp.vp", "/api/reconciliation/runs?system=IOFFICE&agency=SLDTBXH",
                "io.csv", csv.getBytes(StandardCharsets.UTF_8)).getStatusCode().value()).isEqualTo(403);
        HttpHeaders noHeader = new HttpHeaders();
        noHeader.setContentType(MediaType.MULTIPART_FORM_DATA);
        var form = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "io.csv";
            }
        });
        assertThat(rest.withBasicAuth("ldtb.vp", "demo").postForEntity("/api/reconciliation/runs?system=IOFFICE",
                new HttpEntity<>(form, noHeader), String.class).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> hostile = upload("ldtb.vp", "IOFFICE", "io.csv", "Họ và tên\nA\n");
        assertThat(hostile.getStatusCode().value()).isEqualTo(400);
        assertThat(hostile.getBody()).contains("Dòng tiêu đề của tệp thiếu cột: Tên đăng nhập");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rec_run", Integer.class)).isEqualTo(runsBefore);

        // the mail directory: not configured here; a unit head may not even ask
        HttpHeaders xrw = new HttpHeaders();
        xrw.add("X-Requested-With", "test");
        assertThat(rest.withBasicAuth("ldtb.tp1", "demo").postForEntity("/api/reconciliation/runs/directory",
                new HttpEntity<>(null, xrw), String.class).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> noDirectory = rest.withBasicAuth("ldtb.vp", "demo").postForEntity(
                "/api/reconciliation/runs/directory", new HttpEntity<>(null, xrw), String.class);
        assertThat(noDirectory.getStatusCode().value()).isEqualTo(400);
        assertThat(noDirectory.getBody()).contains("Chưa cấu hình thư mục thư điện tử công vụ");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rec_run", Integer.class)).isEqualTo(runsBefore);

        // the office's run
        ResponseEntity<String> r = upload("ldtb.vp", "IOFFICE", "iOffice-SLDTBXH.csv", csv);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        JsonNode run = json.readTree(r.getBody());
        long runId = run.get("id").asLong();
        Map<String, JsonNode> d = byUsername(run);
        assertThat(d.get("rec.gone." + n).get("kind").asText()).isEqualTo("GONE_THERE");
        assertThat(d.get("REC.LOCKED." + n).get("kind").asText()).isEqualTo("STATUS_DIFFERS");
        assertThat(d.get("rec.moved." + n).get("kind").asText()).isEqualTo("HOLDER_LEFT");
        assertThat(d.get("rec.moved." + n).get("detail").asText()).contains("đã chuyển sang");
        assertThat(d.get("rec.closing." + n).get("kind").asText()).isEqualTo("STATUS_DIFFERS");
        assertThat(d.get("rec.outside." + n).get("kind").asText()).isEqualTo("CREATED_OUTSIDE");
        assertThat(d.get("rec.other." + n).get("kind").asText()).isEqualTo("CREATED_OUTSIDE");
        assertThat(d).doesNotContainKey("rec.same." + n);
        assertThat(run.get("matched").asInt()).isEqualTo(4);

        // the unit head's review shows what is still open on her unit's accounts
        assertThat(findings.openOn(java.util.List.of(locked.id()))).containsKey(locked.id());
        // the metric
        String prometheus = rest.withBasicAuth("prometheus", "demo").getForObject("/actuator/prometheus", String.class);
        assertThat(prometheus).containsPattern("dldc_reconciliation_differences\\{[^}]*kind=\"gone_there\"[^}]*"
                + "system=\"IOFFICE\"[^}]*} [1-9]");

        // others may not see or act on it
        long goneId = d.get("rec.gone." + n).get("id").asLong();
        for (String stranger : new String[]{"stp.vp", "ldtb.tp1", "tthc.qt", "ldtb.cv3"}) {
            assertThat(rest.withBasicAuth(stranger, "demo").getForEntity("/api/reconciliation/runs/" + runId,
                    String.class).getStatusCode().value()).as(stranger).isEqualTo(403);
            assertThat(rest.withBasicAuth(stranger, "demo").getForEntity("/api/reconciliation/runs/" + runId
                    + "/report.xlsx", String.class).getStatusCode().value()).as(stranger).isEqualTo(403);
            assertThat(act(stranger, goneId, "DISMISS", "thử", null).getStatusCode().value()).as(stranger)
                    .isEqualTo(403);
            assertThat(rest.withBasicAuth(stranger, "demo").getForObject("/api/reconciliation/runs", String.class))
                    .as(stranger).doesNotContain("\"id\":" + runId + ",");
        }
        assertThat(act(null, goneId, "DISMISS", "thử", null).getStatusCode().value()).isEqualTo(401);
        assertThat(register.account(gone.id()).status()).isEqualTo(AccountStatus.ACTIVE);

        // the office acts
        ResponseEntity<String> noReason = act("ldtb.vp", goneId, "CORRECT", " ", null);
        assertThat(noReason.getBody()).contains("Lý do: bắt buộc");
        ResponseEntity<String> corrected = act("ldtb.vp", goneId, "CORRECT", "Đã xóa trên iOffice từ tháng trước", null);
        assertThat(corrected.getStatusCode().value()).as(corrected.getBody()).isEqualTo(200);
        assertThat(register.account(gone.id()).status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(act("ldtb.vp", goneId, "DISMISS", "lần nữa", null).getBody()).contains("đã được xử lý");

        assertThat(act("ldtb.vp", d.get("REC.LOCKED." + n).get("id").asLong(), "CORRECT", "Khóa trên iOffice", null)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(register.account(locked.id()).status()).isEqualTo(AccountStatus.SUSPENDED);

        long outside = d.get("rec.outside." + n).get("id").asLong();
        assertThat(act("ldtb.vp", outside, "CORRECT", "x", null).getBody()).contains("Không thể");
        ResponseEntity<String> recorded = act("ldtb.vp", outside, "RECORD", null, null);
        assertThat(recorded.getStatusCode().value()).as(recorded.getBody()).isEqualTo(200);
        assertThat(register.accountsOf("ldtb.cv3")).anyMatch(a -> a.username().equals("rec.outside." + n)
                && a.status() == AccountStatus.ACTIVE);
        assertThat(act("ldtb.vp", d.get("rec.other." + n).get("id").asLong(), "RECORD", null, "stp.cv1").getBody())
                .contains("Chỉ Văn phòng của cơ quan");

        ResponseEntity<String> closingStarted = act("ldtb.vp", d.get("rec.closing." + n).get("id").asLong(),
                "START_CLOSING", null, null);
        assertThat(closingStarted.getStatusCode().value()).as(closingStarted.getBody()).isEqualTo(200);
        assertThat(json.readTree(closingStarted.getBody()).get("statusLabel").asText())
                .isEqualTo("Đã bắt đầu đóng tài khoản");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_EXECUTION e JOIN ACT_RE_PROCDEF p"
                + " ON p.ID_ = e.PROC_DEF_ID_ WHERE p.KEY_ = 'Process_AccountRevocation' AND e.ID_ = e.PROC_INST_ID_"
                + " AND e.BUSINESS_KEY_ IS NOT NULL", Integer.class)).isPositive();

        assertThat(act("ldtb.vp", d.get("rec.moved." + n).get("id").asLong(), "DISMISS",
                "Bà Linh vẫn kiêm nhiệm tại Sở đến hết năm", null).getStatusCode().value()).isEqualTo(200);

        // the report
        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("ldtb.vp", "demo").getForEntity("/api/reconciliation/runs/"
                + runId + "/report.xlsx", byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.getBody()))) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> all.append(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c)).append("|")));
            assertThat(all).contains("Báo cáo đối soát tài khoản DS-" + runId).contains("rec.outside." + n)
                    .contains("Đã ghi vào sổ").contains("Bà Linh vẫn kiêm nhiệm");
        }

        // a second run of the same scope supersedes what the first left open
        ResponseEntity<String> again = upload("ldtb.vp", "IOFFICE", "iOffice-SLDTBXH-2.csv", csv);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rec_difference WHERE run_id = ? AND status = 'OPEN'",
                Integer.class, runId)).isZero();
    }
}
