package vn.dldcaccess.reconciliation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestTemplate;
import vn.dldcaccess.bench.FoundationBenchmark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22's figure (run with {@code mvn -Pbench test -Dtest=ReconciliationBenchmark}; H2, or MariaDB with
 * {@code -Dbench.db=mariadb} and the local server): a register of {@code bench.accounts} iOffice accounts (default
 * 100 000) of 20 agencies, 10 000 of them the Sở LĐTBXH's; the office uploads its export of {@code bench.rows}
 * rows (default 10 000: 9 400 as the register has them, 200 locked there, 100 of holders who left, 300 created
 * outside; 200 of the register's gone there). Prints the whole reconciliation through HTTP (upload, read, compare,
 * store) beside reading the same file alone, in the same run, and their ratio. Goal: ≤ 10 s.
 */
class ReconciliationBenchmark {
    static final int ACCOUNTS = Integer.getInteger("bench.accounts", 100_000);
    static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final String[] HOLDERS = {"ldtb.cv1", "ldtb.cv2", "ldtb.cv3"};

    @Test
    void tenThousandRowsAgainstAHundredThousandAccounts() throws Exception {
        Map<String, Object> db = "mariadb".equals(System.getProperty("bench.db"))
                ? FoundationBenchmark.mariaDb("dldc_access_reconciliation")
                : Map.of("spring.datasource.url", "jdbc:h2:mem:reconbench;DB_CLOSE_DELAY=-1");
        try (ConfigurableApplicationContext ctx = FoundationBenchmark.boot(db)) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            long t0 = System.nanoTime();
            seed(jdbc);
            System.out.printf("%nReconciliation benchmark (%s): %d accounts seeded in %.1f s%n",
                    db.get("spring.datasource.url"), ACCOUNTS, (System.nanoTime() - t0) / 1e9);
            byte[] xlsx = export();
            System.out.printf("export: %d rows, %.0f KiB XLSX%n", ROWS, xlsx.length / 1024.0);
            ExportFileReader reader = ctx.getBean(ExportFileReader.class);
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            RestTemplate http = new RestTemplate();
            double[] read = new double[RUNS];
            double[] whole = new double[RUNS];
            for (int i = -1; i < RUNS; i++) {
                long a = System.nanoTime();
                assertThat(reader.read("iOffice.xlsx", xlsx)).hasSize(ROWS);
                long b = System.nanoTime();
                ResponseEntity<Map> r = upload(http, port, xlsx);
                long c = System.nanoTime();
                assertThat(r.getStatusCode().value()).isEqualTo(200);
                if (i >= 0) {
                    read[i] = (b - a) / 1e6;
                    whole[i] = (c - b) / 1e6;
                } else {
                    System.out.printf("differences (warm-up run): %s; open %s%n", r.getBody().get("perKind"),
                            r.getBody().get("open"));
                }
            }
            Arrays.sort(read);
            Arrays.sort(whole);
            double readMs = read[RUNS / 2];
            double wholeMs = whole[RUNS / 2];
            System.out.printf("read the file alone:            median %8.0f ms (min %.0f, max %.0f)%n", readMs, read[0],
                    read[RUNS - 1]);
            System.out.printf("whole reconciliation over HTTP: median %8.0f ms (min %.0f, max %.0f)%n", wholeMs,
                    whole[0], whole[RUNS - 1]);
            System.out.printf("ratio whole / read: %.2f; goal ≤ 10 000 ms: %s%n%n", wholeMs / readMs,
                    wholeMs <= 10_000 ? "met" : "NOT met");
        }
    }

    static String agency(int i) {
        return i % 10 == 0 ? "SLDTBXH" : String.format("AG%02d", i % 20);
    }

    static void seed(JdbcTemplate jdbc) {
        List<Object[]> batch = new ArrayList<>();
        Date granted = Date.valueOf(LocalDate.now().minusDays(100));
        for (int i = 0; i < ACCOUNTS; i++) {
            String agency = agency(i);
            String username = "u" + i + ".io";
            // 100 of the agency's holders have left the organization
            String holder = agency.equals("SLDTBXH") && i % 1000 == 0 ? "left." + i : HOLDERS[i % 3];
            batch.add(new Object[]{"IOFFICE", username, holder, "Người " + i, agency, agency + "_U1", granted, "ACTIVE",
                    "IOFFICE:" + username});
            if (batch.size() == 5000) {
                insert(jdbc, batch);
            }
        }
        insert(jdbc, batch);
    }

    private static void insert(JdbcTemplate jdbc, List<Object[]> batch) {
        jdbc.batchUpdate("INSERT INTO acc_account (account_system, account_username, holder_username, holder_name,"
                + " agency_code, unit_code, granted_on, status, open_key, version) VALUES (?,?,?,?,?,?,?,?,?,0)", batch);
        batch.clear();
    }

    /** The office's export: the agency's accounts (every tenth of the register) but 200, and 300 made outside. */
    static byte[] export() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Tai khoan");
            Row head = sheet.createRow(0);
            String[] h = {"Tên đăng nhập", "Họ và tên", "Trạng thái", "Người sử dụng", "Mã cơ quan"};
            for (int c = 0; c < h.length; c++) {
                head.createCell(c).setCellValue(h[c]);
            }
            int r = 1;
            int ours = 0;
            for (int i = 0; i < ACCOUNTS && r <= ROWS - 300; i += 10) {
                ours++;
                if (ours % 50 == 0) {
                    continue; // gone there
                }
                row(sheet.createRow(r++), "u" + i + ".io", "Người " + i, ours % 47 == 0 ? "Khóa" : "Hoạt động");
            }
            for (int k = 0; r <= ROWS; k++) {
                row(sheet.createRow(r++), "ngoai" + k + ".io", "Người ngoài " + k, "Hoạt động");
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static void row(Row row, String username, String name, String status) {
        row.createCell(0).setCellValue(username);
        row.createCell(1).setCellValue(name);
        row.createCell(2).setCellValue(status);
        row.createCell(3).setCellValue("");
        row.createCell(4).setCellValue("SLDTBXH");
    }

    @SuppressWarnings("rawtypes")
    static ResponseEntity<Map> upload(RestTemplate http, int port, byte[] xlsx) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "iOffice-SLDTBXH.xlsx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.add("X-Requested-With", "bench");
        headers.add("Authorization", "Basic " + Base64.getEncoder().encodeToString("ldtb.vp:demo"
                .getBytes(StandardCharsets.UTF_8)));
        return http.postForEntity("http://127.0.0.1:" + port + "/api/reconciliation/runs?system=IOFFICE",
                new HttpEntity<>(body, headers), Map.class);
    }
}
