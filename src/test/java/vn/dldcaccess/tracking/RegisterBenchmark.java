package vn.dldcaccess.tracking;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's figures (run with {@code mvn -Pbench test -Dtest=RegisterBenchmark}; needs the local MariaDB): the
 * register holding {@code bench.requests} requests (default 100 000) of 20 agencies and the account register
 * {@code bench.accounts} accounts (default 300 000). Times the register's pages and the dashboard through HTTP,
 * as the office and the aggregator call them, and prints p50/p95/p99 of each.
 */
class RegisterBenchmark {
    static final int REQUESTS = Integer.getInteger("bench.requests", 100_000);
    static final int ACCOUNTS = Integer.getInteger("bench.accounts", 300_000);
    static final int RUNS = Integer.getInteger("bench.runs", 300);
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] MIDDLE = {"Thị", "Văn", "Minh", "Ngọc", "Thanh", "Quốc", "Thu", "Hoàng", "Đức", "Bích"};
    static final String[] GIVEN = {"Hường", "An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hùng", "Khôi", "Lan",
            "Linh", "Mai", "Nam", "Ngọc", "Oanh", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Việt", "Yến"};
    static final Map<String, String[][]> STAGES = Map.of(
            "REGISTRATION", new String[][]{{"SUBMITTED", "Đã nộp, chờ lãnh đạo đơn vị xác nhận", "1"},
                    {"CONFIRMED", "Đã xác nhận, chờ đưa vào công văn", "1"}, {"SENT_TO_PC06", "Đã gửi Công an tỉnh (PC06), chờ kết quả", "1"},
                    {"PROVISIONED", "Đã cấp tài khoản", "0"}, {"REJECTED_BY_PC06", "PC06 không đồng ý", "0"}},
            "AUTHORIZATION", new String[][]{{"REQUESTED", "Chờ lãnh đạo đơn vị duyệt", "1"}, {"ACTIVE", "Đang ủy quyền", "1"},
                    {"ENDED", "Đã kết thúc", "0"}},
            "REVIEW", new String[][]{{"PENDING", "Chờ lãnh đạo đơn vị rà soát", "1"}, {"DONE", "Đã rà soát", "0"}},
            "REVOCATION", new String[][]{{"OPEN", "Đang đóng tài khoản", "1"}, {"DONE", "Đã đóng xong", "0"}});

    static String agency(int i) {
        return i == 0 ? "SLDTBXH" : i == 1 ? "STP" : String.format("AG%02d", i + 1);
    }

    static String unit(String agency, int u) {
        if (agency.equals("SLDTBXH") && u < 2) {
            return u == 0 ? "SLDTBXH_VL" : "SLDTBXH_NCC";
        }
        if (agency.equals("STP") && u < 2) {
            return u == 0 ? "STP_HCTP" : "STP_BTTP";
        }
        return agency + "_U" + (u + 1);
    }

    @Test
    void theRegisterAndTheDashboardWithAHundredThousandRequests() throws Exception {
        try (ConfigurableApplicationContext ctx = vn.dldcaccess.bench.FoundationBenchmark.boot(
                vn.dldcaccess.bench.FoundationBenchmark.mariaDb("dldc_access_register"))) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            seed(jdbc);
            System.out.printf("%nRegister benchmark: %d requests, %d accounts seeded in %.1f s%n", REQUESTS, ACCOUNTS,
                    (System.nanoTime() - t0) / 1e9);
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            Map<String, String[]> cases = new LinkedHashMap<>();
            cases.put("office: first page (newest)", new String[]{"ldtb.vp", "/api/register"});
            cases.put("office: kind+stage+overdue, by deadline", new String[]{"ldtb.vp",
                    "/api/register?kind=REGISTRATION&stage=SUBMITTED&overdue=true&sort=deadline&dir=asc"});
            cases.put("office: unit + date range, by name", new String[]{"ldtb.vp",
                    "/api/register?unit=SLDTBXH_VL&from=2026-01-01&to=2026-06-30&sort=person&dir=asc"});
            cases.put("office: name without diacritics", new String[]{"ldtb.vp", "/api/register?q=" + enc("nguyen thi huong")});
            cases.put("office: page 40", new String[]{"ldtb.vp", "/api/register?page=40"});
            cases.put("aggregator: first page, all agencies", new String[]{"stttt.cv", "/api/register"});
            cases.put("aggregator: agency+kind+open", new String[]{"stttt.cv",
                    "/api/register?agency=AG07&kind=REVOCATION&open=true&sort=deadline&dir=asc"});
            cases.put("aggregator: overdue, all agencies", new String[]{"stttt.cv", "/api/register?overdue=true&sort=deadline"});
            cases.put("aggregator: name, all agencies", new String[]{"stttt.cv", "/api/register?q=" + enc("tran van an")});
            cases.put("aggregator: citizen id", new String[]{"stttt.cv", "/api/register?q=079000012345"});
            cases.put("dashboard: office (by unit)", new String[]{"ldtb.vp", "/api/register/dashboard"});
            cases.put("dashboard: aggregator (by agency)", new String[]{"stttt.cv", "/api/register/dashboard"});
            cases.put("dashboard: aggregator, one agency", new String[]{"stttt.cv", "/api/register/dashboard?agency=AG07"});
            HttpClient http = HttpClient.newHttpClient();
            System.out.printf("%-45s %8s %8s %8s %8s%n", "case (" + RUNS + " calls each, ms)", "p50", "p95", "p99", "max");
            double worstP95 = 0;
            for (Map.Entry<String, String[]> c : cases.entrySet()) {
                double[] ms = time(http, port, c.getValue()[0], c.getValue()[1]);
                double p95 = pct(ms, 95);
                worstP95 = Math.max(worstP95, p95);
                System.out.printf("%-45s %8.1f %8.1f %8.1f %8.1f%n", c.getKey(), pct(ms, 50), p95, pct(ms, 99), ms[ms.length - 1]);
            }
            System.out.printf("worst p95: %.1f ms (goal ≤ 100 ms)%n%n", worstP95);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static double[] time(HttpClient http, int port, String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.discarding());
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The register's rows as the projection writes them, and the account register's, in bulk. */
    static void seed(JdbcTemplate jdbc) {
        Random random = new Random(7);
        LocalDate today = LocalDate.now();
        List<Object[]> rows = new ArrayList<>();
        String[] kinds = {"REGISTRATION", "REGISTRATION", "REGISTRATION", "REGISTRATION", "AUTHORIZATION", "REVIEW", "REVOCATION"};
        for (int i = 0; i < REQUESTS; i++) {
            String agency = agency(random.nextInt(20));
            String unit = unit(agency, random.nextInt(4));
            String kind = kinds[random.nextInt(kinds.length)];
            String[][] stages = STAGES.get(kind);
            // four requests in five are done; the open ones are at any open stage
            boolean open = random.nextInt(5) == 0;
            String[] stage;
            do {
                stage = stages[random.nextInt(stages.length)];
            } while (open != stage[2].equals("1"));
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            LocalDateTime opened = today.minusDays(random.nextInt(730)).atTime(7 + random.nextInt(10), random.nextInt(60));
            LocalDateTime since = opened.plusDays(random.nextInt(10));
            LocalDate deadline = kind.equals("REGISTRATION") && !stage[0].equals("SUBMITTED") ? null
                    : since.toLocalDate().plusDays(5 + random.nextInt(20));
            LocalDate closed = open ? null : since.toLocalDate().plusDays(random.nextInt(8));
            Boolean onTime = open || deadline == null ? null : !closed.isAfter(deadline);
            rows.add(new Object[]{kind, i + 1_000_000L, kind.substring(0, 2) + "-" + (i + 1), kind.substring(0, 2) + "-" + (i + 1),
                    "user" + i, name, NameKey.of(name), kind.equals("REGISTRATION") ? String.format("079%09d", i) : null,
                    agency, unit, stage[0], stage[1], open, Timestamp.valueOf(opened), Timestamp.valueOf(since),
                    deadline == null ? null : Date.valueOf(deadline), closed == null ? null : Date.valueOf(closed), onTime});
            if (rows.size() == 2000) {
                insertRequests(jdbc, rows);
            }
        }
        insertRequests(jdbc, rows);
        List<Object[]> accounts = new ArrayList<>();
        String[] systems = {"DLDC_TTHC", "IOFFICE", "OFFICIAL_EMAIL"};
        for (int i = 0; i < ACCOUNTS; i++) {
            String agency = agency(random.nextInt(20));
            String system = systems[i % 3];
            accounts.add(new Object[]{system, "acc" + i, "user" + (i / 3), "Người dùng " + i, agency,
                    unit(agency, random.nextInt(4)), Date.valueOf(today.minusDays(random.nextInt(1000))), "ACTIVE",
                    system + ":acc" + i});
            if (accounts.size() == 5000) {
                insertAccounts(jdbc, accounts);
            }
        }
        insertAccounts(jdbc, accounts);
        List<Object[]> stats = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            for (int u = 0; u < 4; u++) {
                // every count in all of its slots, as a busy province fills them
                for (int slot = 0; slot < RequestProjection.SLOTS; slot++) {
                    for (Map.Entry<String, String[][]> k : STAGES.entrySet()) {
                        for (String[] s : k.getValue()) {
                            stats.add(new Object[]{agency(a), unit(agency(a), u), RequestProjection.stageMeasure(k.getKey(), s[0]),
                                    slot, 1 + random.nextInt(60), random.nextInt(60) * 86_400L * 3});
                        }
                    }
                    stats.add(new Object[]{agency(a), unit(agency(a), u), RequestProjection.PASSWORD_ON_TIME, slot,
                            random.nextInt(120), 0L});
                    stats.add(new Object[]{agency(a), unit(agency(a), u), RequestProjection.PASSWORD_LATE, slot,
                            random.nextInt(15), 0L});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO trk_stat (agency_code, unit_code, measure, slot, n, total_seconds) "
                + "VALUES (?, ?, ?, ?, ?, ?)", stats);
        // the running counts the projection keeps, as they stand for these rows, each request in its slot
        String insert = "INSERT INTO trk_stat (agency_code, unit_code, measure, slot, n, total_seconds) ";
        String slot = "MOD(source_id, " + RequestProjection.SLOTS + ")";
        jdbc.update(insert + "SELECT agency_code, unit_code, CONCAT('AT:', kind, ':', stage), " + slot + ", COUNT(*), 0 "
                + "FROM trk_request GROUP BY agency_code, unit_code, kind, stage, " + slot);
        jdbc.update(insert + "SELECT agency_code, unit_code, CONCAT('" + RequestProjection.OPEN + "', kind), " + slot
                + ", COUNT(*), 0 FROM trk_request WHERE is_open GROUP BY agency_code, unit_code, kind, " + slot);
        jdbc.update(insert + "SELECT agency_code, unit_code, CONCAT(CASE WHEN on_time THEN '" + RequestProjection.DONE_ON_TIME
                + "' ELSE '" + RequestProjection.DONE_LATE + "' END, kind), " + slot + ", COUNT(*), 0 FROM trk_request "
                + "WHERE on_time IS NOT NULL GROUP BY agency_code, unit_code, kind, on_time, " + slot);
        jdbc.execute("ANALYZE TABLE trk_request");
        jdbc.execute("ANALYZE TABLE acc_account");
    }

    static void insertRequests(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO trk_request (kind, source_id, request_number, business_key, person_username, "
                + "person_name, name_key, citizen_id, agency_code, unit_code, stage, stage_label, is_open, opened_at, "
                + "stage_since, deadline, closed_on, on_time) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        rows.clear();
    }

    static void insertAccounts(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO acc_account (account_system, account_username, holder_username, holder_name, "
                + "agency_code, unit_code, granted_on, status, open_key, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
        rows.clear();
    }
}
