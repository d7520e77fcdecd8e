package vn.dldcaccess.aggregation;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dldcaccess.support.HostileSheets;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 23: PC06's reply file is read within limits whatever it holds: zip and XML bombs, a million rows, a row
 * number far away, endless lines and cells. Each hostile file is refused in Vietnamese (never a 500, never all in
 * memory); a long cell is cut, not refused.
 */
class ReplyFileBatteryTest {
    final ReplyFileReader reader = new ReplyFileReader();

    static byte[] workbook(int rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Kết quả");
            var head = sheet.createRow(0);
            String[] h = {"Số phiếu", "Số định danh", "Kết quả", "Lý do"};
            for (int i = 0; i < h.length; i++) {
                head.createCell(i).setCellValue(h[i]);
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("SLĐTBXH-2026-" + String.format("%06d", r));
                row.createCell(1).setCellValue("0791900" + String.format("%05d", r));
                row.createCell(2).setCellValue("Đồng ý");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    void refused(String name, byte[] content, String message) {
        assertThatThrownBy(() -> reader.read(name, content)).isInstanceOfSatisfying(AggregationException.class,
                e -> assertThat(e.vietnameseMessage()).contains(message));
    }

    @Test
    void aSheetInflatingFarBeyondItsSizeIsRefused() throws Exception {
        byte[] bomb = HostileSheets.zipBomb(workbook(1));
        assertThat(bomb.length).isLessThan(1 << 20);
        refused("ket-qua.xlsx", bomb, "Không đọc được tệp ket-qua.xlsx");
    }

    @Test
    void aSheetWithEntitiesIsRefused() throws Exception {
        refused("ket-qua.xlsx", HostileSheets.laughs(workbook(1), 4), "Không đọc được");
    }

    @Test
    void tooManyRowsAreRefusedWithoutReadingThemAll() throws Exception {
        refused("ket-qua.xlsx", workbook(6000), "Tệp có quá 5000 dòng");
        refused("ket-qua.xlsx", HostileSheets.farRow(workbook(1)), "Tệp có quá 5000 dòng");
        refused("ket-qua.csv", ("Số phiếu,Số định danh,Kết quả\n" + "a,b,c\n".repeat(200_000))
                .getBytes(StandardCharsets.UTF_8), "Tệp có quá 5000 dòng");
    }

    @Test
    void endlessLinesAndCellsAreCutNotHeld() {
        String header = "Số phiếu,Số định danh,Kết quả,Lý do" + ",x".repeat(500_000) + "\n";
        String row = "SLĐTBXH-2026-000001,079190000001,Từ chối," + "L".repeat(2_000_000) + "\n";
        List<ReplyRow> rows = reader.read("ket-qua.csv", (header + row).getBytes(StandardCharsets.UTF_8));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.reason()).hasSize(ReplyFileReader.MAX_CELL));
    }

    @Test
    void oldExcelAndFilesThatAreNotWhatTheySayAreRefusedInWords() throws Exception {
        refused("ket-qua.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "lưu lại dưới dạng .xlsx");
        refused("ket-qua.xlsx", "Số phiếu,Số định danh,Kết quả".getBytes(StandardCharsets.UTF_8), "Không đọc được");
        refused("ket-qua.pdf", new byte[]{1}, "Chỉ nhận tệp CSV hoặc XLSX.");
        assertThat(reader.read("ket-qua.xlsx", workbook(3))).hasSize(3);
    }
}
