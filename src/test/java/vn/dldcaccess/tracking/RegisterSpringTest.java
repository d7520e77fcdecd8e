package vn.dldcaccess.tracking;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.support.AbstractSpringTest;
import vn.dldcaccess.support.ChainClient;
import vn.dldcaccess.support.SampleForms;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static vn.dldcaccess.support.DemoPeople.actor;
import static org.assertj.core.api.Assertions.assertThat;

/** The agency office's register: who sees what, filters, search without diacritics, timeline, exports, dashboard. */
class RegisterSpringTest extends AbstractSpringTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AccountRegister accounts;
    @Autowired
    RegisterBackfill backfill;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    ChainClient client;

    @BeforeEach
    void setUp() {
        client = new ChainClient(rest);
    }

    String file(String user, String citizenId, String unit, String name) throws Exception {
        Map<String, Object> form = SampleForms.valid(citizenId, unit, "reg" + citizenId + "@angiang.gov.vn");
        form.put("fullName", name);
        return client.start(user, "Process_AccountRegistration", form);
    }

    JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> r = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
        return client.json.readTree(r.getBody());
    }

    static List<String> numbers(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.get("rows").forEach(r -> out.add(r.get("number").asText()));
        return out;
    }

    @Test
    void theOfficeFollowsItsAgencysRequests() throws Exception {
        String huong = file("ldtb.cv1", "079190000701", "SLDTBXH_VL", "Nguyễn Thị Hường");
        String duc = file("ldtb.cv2", "079190000702", "SLDTBXH_NCC", "Trần Văn Đức");
        String khoi = file("stp.cv1", "079190000703", "STP_HCTP", "Đặng Minh Khôi");
        client.ok(client.complete("ldtb.tp2", client.task("ldtb.tp2", duc, null), Map.of("decision", "CONFIRM")));

        // search without diacritics, by citizen id, and by number; other agencies' requests stay out of the office's view
        List<String> found = numbers(get("ldtb.vp", "/api/register?q=nguyen thi huong&size=200"));
        assertThat(found).contains(huong).doesNotContain(duc, khoi);
        assertThat(numbers(get("ldtb.vp", "/api/register?q=079190000701"))).containsExactly(huong);
        assertThat(numbers(get("ldtb.vp", "/api/register?q=079190000703"))).isEmpty();
        assertThat(numbers(get("stttt.cv", "/api/register?q=079190000703"))).containsExactly(khoi);
        JsonNode row = get("ldtb.vp", "/api/register?q=" + huong).get("rows").get(0);
        assertThat(row.get("person").asText()).isEqualTo("Nguyễn Thị Hường");
        assertThat(row.get("kind").asText()).isEqualTo("Đăng ký tài khoản");
        assertThat(row.get("stage").asText()).isEqualTo("Đã nộp, chờ lãnh đạo đơn vị xác nhận");
        assertThat(row.get("unit").asText()).isEqualTo("Phòng Việc làm - An toàn lao động");
        assertThat(row.get("daysAtStage").asInt()).isZero();
        assertThat(row.get("daysLeft").asInt()).isPositive();
        assertThat(row.get("overdue").asBoolean()).isFalse();

        // filters: unit, kind and stage, dates; sort by person
        assertThat(numbers(get("ldtb.vp", "/api/register?unit=SLDTBXH_NCC&kind=REGISTRATION&stage=CONFIRMED&size=200")))
                .contains(duc).doesNotContain(huong);
        String today = LocalDate.now(VN).toString();
        assertThat(numbers(get("ldtb.vp", "/api/register?from=" + today + "&to=" + today + "&size=200"))).contains(huong, duc);
        assertThat(numbers(get("ldtb.vp", "/api/register?to=01/01/2020"))).isEmpty();
        JsonNode sorted = get("stttt.cv", "/api/register?q=07919000070&sort=person&dir=asc");
        assertThat(numbers(sorted)).containsExactly(khoi, huong, duc);
        JsonNode paged = get("stttt.cv", "/api/register?q=07919000070&sort=person&dir=asc&size=2&page=1");
        assertThat(paged.get("total").asInt()).isEqualTo(3);
        assertThat(numbers(paged)).containsExactly(duc);

        // a week and more later the unconfirmed request is overdue (its unit head had 5 working days)
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(20, ChronoUnit.DAYS)));
        try {
            JsonNode overdue = get("ldtb.vp", "/api/register?overdue=true&size=200");
            assertThat(numbers(overdue)).contains(huong).doesNotContain(duc);
            JsonNode late = get("ldtb.vp", "/api/register?q=" + huong).get("rows").get(0);
            assertThat(late.get("overdue").asBoolean()).isTrue();
            assertThat(late.get("daysLeft").asInt()).isNegative();
            assertThat(late.get("daysAtStage").asInt()).isEqualTo(20);
        } finally {
            ClockUtil.reset();
        }

        // the request's page: the application's records and the engine's steps, with who and when
        long ducId = get("ldtb.vp", "/api/register?q=" + duc).get("rows").get(0).get("id").asLong();
        JsonNode detail = get("ldtb.vp", "/api/register/requests/" + ducId);
        assertThat(detail.get("timeline").toString()).contains("Đã nộp, chờ lãnh đạo đơn vị xác nhận")
                .contains("Đã xác nhận, chờ đưa vào công văn").contains("Phạm Quốc Việt").contains("Trần Văn Đức")
                .contains("\"source\":\"Hồ sơ\"");
        assertThat(detail.get("timeline").findValuesAsText("source")).anySatisfy(s -> assertThat(s).isNotEqualTo("Hồ sơ"));
        assertThat(rest.withBasicAuth("stp.vp", "demo").getForEntity("/api/register/requests/" + ducId, String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void onlyOfficesTheAggregatorAndAdminsSeeTheRegister() throws Exception {
        ResponseEntity<String> anonymous = rest.getForEntity("/api/register", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getBody()).contains("Vui lòng đăng nhập");
        for (String user : List.of("ldtb.cv1", "ldtb.tp1", "pc06.cb")) {
            ResponseEntity<String> r = rest.withBasicAuth(user, "demo").getForEntity("/api/register", String.class);
            assertThat(r.getStatusCode().value()).as(user).isEqualTo(403);
            assertThat(r.getBody()).contains("Sổ theo dõi chỉ dành cho Văn phòng cơ quan");
            assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/register/dashboard", String.class)
                    .getStatusCode().value()).isEqualTo(403);
        }
        ResponseEntity<String> other = rest.withBasicAuth("stp.vp", "demo").getForEntity("/api/register?agency=SLDTBXH", String.class);
        assertThat(other.getStatusCode().value()).isEqualTo(403);
        assertThat(other.getBody()).contains("chỉ xem được sổ theo dõi của cơ quan mình");
        assertThat(get("demo", "/api/register/options").get("agencies").size()).isGreaterThan(2);
        assertThat(get("ldtb.vp", "/api/register/options").get("agencies").findValuesAsText("code")).containsExactly("SLDTBXH");
    }

    @Test
    void aWrongFilterIsNamedInVietnamese() {
        ResponseEntity<String> r = rest.withBasicAuth("ldtb.vp", "demo").getForEntity(
                "/api/register?kind=XYZ&from=31/02/2026&size=100000&sort=secret", String.class);
        assertThat(r.getStatusCode().value()).isEqualTo(400);
        assertThat(r.getBody()).contains("Điều kiện lọc chưa đúng").contains("loại yêu cầu \\\"XYZ\\\" không có")
                .contains("từ ngày \\\"31/02/2026\\\" không phải ngày").contains("số dòng mỗi trang từ 1 đến 200")
                .contains("không sắp xếp được theo \\\"secret\\\"");
    }

    @Test
    void theFilteredListExportsToXlsxAndPdf() throws Exception {
        String yen = file("ldtb.cv3", "079190000711", "SLDTBXH_VL", "Lê Hoàng Yến");
        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("ldtb.vp", "demo")
                .getForEntity("/api/register/export.xlsx?q=le hoang yen&kind=REGISTRATION", byte[].class);
        assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
        assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("Loại: Đăng ký tài khoản")
                    .contains("Tìm: \"le hoang yen\"");
            Row head = sheet.getRow(3);
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Số");
            List<String> numbers = new ArrayList<>();
            for (int i = 4; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row != null && row.getCell(1) != null) {
                    numbers.add(row.getCell(1).getStringCellValue());
                    assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Lê Hoàng Yến");
                }
            }
            assertThat(numbers).contains(yen);
        }
        String pdf = client.pdfText("ldtb.vp", "/api/register/export.pdf?q=" + yen);
        assertThat(pdf).contains("SỔ THEO DÕI YÊU CẦU TÀI KHOẢN").contains(yen).contains("Lê Hoàng Yến")
                .contains("Tổng cộng: 1 yêu cầu");
        assertThat(rest.withBasicAuth("ldtb.cv3", "demo").getForEntity("/api/register/export.pdf", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theDashboardCountsPerUnitAndStage() throws Exception {
        String first = file("ldtb.cv1", "079190000721", "SLDTBXH_VL", "Nguyễn Thị Hường");
        client.ok(client.complete("ldtb.tp1", client.task("ldtb.tp1", first, null), Map.of("decision", "CONFIRM")));
        String key = client.start("ldtb.vp", "Process_AccountRecording", Map.of("accountSystem", "OFFICIAL_EMAIL",
                "holderUsername", "ldtb.cv3", "accountUsername", "dash.yenlh@angiang.gov.vn",
                "grantedOn", LocalDate.now(VN).minusDays(10).toString()));
        accounts.recordPasswordChange(Long.parseLong(key.substring("TK-".length())), LocalDate.now(VN), actor("ldtb.cv3"));

        JsonNode d = get("ldtb.vp", "/api/register/dashboard");
        assertThat(d.get("groupedBy").asText()).isEqualTo("unit");
        JsonNode vl = null;
        for (JsonNode g : d.get("groups")) {
            if (g.get("code").asText().equals("SLDTBXH_VL")) {
                vl = g;
            }
        }
        assertThat(vl).isNotNull();
        assertThat(vl.get("name").asText()).isEqualTo("Phòng Việc làm - An toàn lao động");
        assertThat(vl.get("requests").asInt()).isPositive();
        assertThat(vl.get("passwordOnTime").asInt()).isPositive();
        assertThat(vl.get("byStage").get("REGISTRATION:CONFIRMED").asInt()).isPositive();
        JsonNode submitted = null;
        for (JsonNode s : d.get("stages")) {
            if (s.get("kindCode").asText().equals("REGISTRATION") && s.get("stageCode").asText().equals("CONFIRMED")) {
                submitted = s;
            }
        }
        assertThat(submitted).isNotNull();
        assertThat(submitted.get("stage").asText()).isEqualTo("Đã xác nhận, chờ đưa vào công văn");

        JsonNode all = get("stttt.cv", "/api/register/dashboard");
        assertThat(all.get("groupedBy").asText()).isEqualTo("agency");
        assertThat(all.get("groups").findValuesAsText("code")).contains("SLDTBXH", "STP");
        assertThat(get("stttt.cv", "/api/register/dashboard?agency=STP").get("groupedBy").asText()).isEqualTo("unit");
        // one unit: its figures and its stages alone
        JsonNode unit = get("ldtb.vp", "/api/register/dashboard?unit=SLDTBXH_VL");
        assertThat(unit.get("groups").findValuesAsText("code")).containsExactly("SLDTBXH_VL");
        assertThat(unit.get("unit").asText()).isEqualTo("Phòng Việc làm - An toàn lao động");
        assertThat(rest.withBasicAuth("stp.vp", "demo").getForEntity("/api/register/dashboard?unit=SLDTBXH_VL", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void requestsRecordedBeforeTheRegisterEnterItOnce() throws Exception {
        String number = file("ldtb.cv2", "079190000731", "SLDTBXH_NCC", "Trần Văn Đức");
        client.ok(client.complete("ldtb.tp2", client.task("ldtb.tp2", number, null), Map.of("decision", "CONFIRM")));
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM trk_request", Long.class);
        // the database as an earlier version left it: the features' records, no register
        for (String table : List.of("trk_document", "trk_step", "trk_request", "trk_stat", "trk_backfill")) {
            jdbc.update("DELETE FROM " + table);
        }
        backfill.run(null);

        long sources = jdbc.queryForObject("SELECT COUNT(*) FROM reg_registration", Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM auz_authorization", Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM rev_revocation", Long.class)
                + jdbc.queryForObject("SELECT COUNT(*) FROM rvw_unit", Long.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trk_request", Long.class)).isEqualTo(sources).isEqualTo(before);
        JsonNode row = get("ldtb.vp", "/api/register?q=" + number).get("rows").get(0);
        assertThat(row.get("stage").asText()).isEqualTo("Đã xác nhận, chờ đưa vào công văn");
        JsonNode detail = get("ldtb.vp", "/api/register/requests/" + row.get("id").asLong());
        assertThat(detail.get("timeline").findValuesAsText("step")).containsSubsequence(
                "Đã nộp, chờ lãnh đạo đơn vị xác nhận", "Đã xác nhận, chờ đưa vào công văn");
        // the dashboard's running counts agree with the rows again
        assertThat(jdbc.queryForObject("SELECT SUM(n) FROM trk_stat WHERE measure LIKE 'AT:%'", Long.class)).isEqualTo(sources);
        assertThat(jdbc.queryForObject("SELECT SUM(n) FROM trk_stat WHERE measure LIKE 'OPEN:%'", Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM trk_request WHERE is_open = TRUE", Long.class));

        // once only
        backfill.run(null);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trk_request", Long.class)).isEqualTo(sources);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM trk_step WHERE request_id = ?", Long.class,
                row.get("id").asLong())).isEqualTo(2);
    }
}
