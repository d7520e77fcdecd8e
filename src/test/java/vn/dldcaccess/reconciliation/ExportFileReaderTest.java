package vn.dldcaccess.reconciliation;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dldcaccess.support.HostileSheets;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 22: a system's export is read whatever its columns are called (Vietnamese or English, diacritics or not),
 * and a hostile one is refused in Vietnamese within its limits: oversize, zip and XML bombs, deep nesting, too many
 * rows, endless cells, odd CSV, wrong columns, wrong rows. A refusal refuses the whole file.
 */
class ExportFileReaderTest {
    final ExportFileReader reader = new ExportFileReader();

    static byte[] workbook(int rows, String... header) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Tài khoản");
            var head = sheet.createRow(0);
            String[] h = header.length > 0 ? header : new String[]{"Tên đăng nhập", "Trạng thái", "Họ và tên",
                    "Người sử dụng", "Mã cơ quan"};
            for (int i = 0; i < h.length; i++) {
                head.createCell(i).setCellValue(h[i]);
            }
            for (int r = 1; r <= rows; r++) {
                var row = sheet.createRow(r);
                row.createCell(0).setCellValue("user" + r + ".io");
                row.createCell(1).setCellValue(r % 10 == 0 ? "Khóa" : "Hoạt động");
                row.createCell(2).setCellValue("Nguyễn Văn " + r);
                row.createCell(3).setCellValue("cb" + r);
                row.createCell(4).setCellValue("SLDTBXH");
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    void refused(String name, byte[] content, String message) {
        assertThatThrownBy(() -> reader.read(name, content)).isInstanceOfSatisfying(ReconciliationException.class,
                e -> assertThat(e.vietnameseMessage()).contains(message));
    }

    @Test
    void anXlsxExportIsReadWithItsColumns() throws Exception {
        List<ExportRow> rows = reader.read("iOffice.xlsx", workbook(12));
        assertThat(rows).hasSize(12);
        assertThat(rows.get(0)).isEqualTo(new ExportRow(2, "user1.io", SystemStatus.ACTIVE, "cb1", "Nguyễn Văn 1",
                "SLDTBXH"));
        assertThat(rows.get(9).status()).isEqualTo(SystemStatus.LOCKED);
    }

    @Test
    void aCsvExportIsReadInEnglishOrWithoutDiacriticsWithSemicolonsAndBom() {
        List<ExportRow> en = reader.read("mail.csv", utf8("uid,Full name,Status\nanhvtn@angiang.gov.vn,Võ Thị Ngọc Ánh,"
                + "disabled\n\nhuongnt@angiang.gov.vn,Nguyễn Thị Hường,\n"));
        assertThat(en).extracting(ExportRow::username, ExportRow::status, ExportRow::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("anhvtn@angiang.gov.vn", SystemStatus.LOCKED, 2),
                org.assertj.core.groups.Tuple.tuple("huongnt@angiang.gov.vn", SystemStatus.ACTIVE, 4));
        List<ExportRow> vi = reader.read("tthc.csv", utf8("\uFEFFTen dang nhap;Trang thai tai khoan;Ho ten\n"
                + "ldtb.cv1;Da xoa;Nguyen Thi Huong\n"));
        assertThat(vi).singleElement().satisfies(r -> {
            assertThat(r.username()).isEqualTo("ldtb.cv1");
            assertThat(r.status()).isEqualTo(SystemStatus.CLOSED);
            assertThat(r.fullName()).isEqualTo("Nguyen Thi Huong");
        });
    }

    @Test
    void wrongColumnsAreNamed() throws Exception {
        refused("a.csv", utf8("Họ và tên,Ngày sinh\nNguyễn Văn A,01/01/1990\n"), "Dòng tiêu đề của tệp thiếu cột: Tên đăng nhập");
        refused("a.xlsx", workbook(2, "Số thứ tự", "Ghi chú"), "thiếu cột: Tên đăng nhập");
    }

    @Test
    void wrongRowsAreNamedAndRefuseTheWholeFile() {
        refused("a.csv", utf8("Tên đăng nhập,Trạng thái\nok.one,Hoạt động\n,Hoạt động\nbad name,Khóa\n"
                + "ok.two,nửa vời\nOK.ONE,Khóa\n"), "Tệp có 4 dòng không hợp lệ, chưa đối soát: Dòng 3: thiếu tên đăng"
                + " nhập; Dòng 4: tên đăng nhập \"bad name\" không hợp lệ");
        refused("a.csv", utf8("Tên đăng nhập,Trạng thái\nok.one,Hoạt động\nOK.ONE,Khóa\n"),
                "Dòng 3: tên đăng nhập OK.ONE đã có ở dòng 2");
        StringBuilder many = new StringBuilder("Tên đăng nhập\n");
        for (int i = 0; i < 100; i++) {
            many.append("x\n");
        }
        assertThatThrownBy(() -> reader.read("a.csv", utf8(many.toString())))
                .isInstanceOfSatisfying(ReconciliationException.class, e -> assertThat(e.vietnameseMessage())
                        .contains("Tệp có 100 dòng không hợp lệ").endsWith("; ….")
                        .doesNotContain("Dòng 30:"));
    }

    @Test
    void anOversizeOrEmptyFileIsRefusedUnread() {
        refused("a.csv", new byte[(int) ExportFileReader.MAX_BYTES + 1], "Tệp quá lớn: tối đa 5 MB");
        refused("a.csv", new byte[0], "Tệp rỗng");
        refused("a.csv", utf8("\n\n  \n"), "Tệp không có dòng nào");
    }

    @Test
    void aZipBombSheetIsRefused() throws Exception {
        byte[] bomb = HostileSheets.zipBomb(workbook(1));
        assertThat(bomb.length).isLessThan(1 << 20);
        refused("bom.xlsx", bomb, "Không đọc được tệp");
    }

    @Test
    void entitiesAndDeepNestingAreRefused() throws Exception {
        refused("a.xlsx", HostileSheets.laughs(workbook(1), 2), "Không đọc được");
        // nesting a hundred thousand deep compresses so well that the zip-bomb guard refuses it first
        String deepBomb = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</sheetData></worksheet>";
        refused("a.xlsx", HostileSheets.withSheet(workbook(1), utf8(deepBomb)), "Không đọc được");
        // a shallower one that does not compress that well meets the depth limit
        java.util.Random random = new java.util.Random(7);
        StringBuilder deep = new StringBuilder("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><sheetData>");
        for (int i = 0; i < 200; i++) {
            deep.append("<x a=\"").append(Long.toHexString(random.nextLong())).append("\">");
        }
        deep.append("</x>".repeat(200)).append("</sheetData></worksheet>");
        refused("a.xlsx", HostileSheets.withSheet(workbook(1), utf8(deep.toString())), "lồng quá sâu");
    }

    @Test
    void tooManyRowsAreRefusedWithoutReadingThemAll() throws Exception {
        refused("a.xlsx", HostileSheets.farRow(workbook(1)), "Tệp có quá 50000 dòng");
        refused("a.csv", utf8("Tên đăng nhập\n" + "ab\n".repeat(ExportFileReader.MAX_ROWS + 5)), "Tệp có quá 50000 dòng");
    }

    @Test
    void endlessCellsAreCutAndOddCsvIsRefusedInWords() {
        String header = "Tên đăng nhập,Trạng thái,Họ và tên" + ",x".repeat(100_000) + "\n";
        List<ExportRow> rows = reader.read("a.csv", utf8(header + "ok.one,," + "L".repeat(1_000_000) + "\n"));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.fullName()).hasSize(ExportFileReader.MAX_CELL));
        refused("a.csv", utf8("Tên đăng nhập,Trạng thái\n\"ok.one,Hoạt động\nok.two\"x,Khóa\n"), "Không đọc được tệp");
        refused("a.csv", new byte[]{'u', 's', 'e', 'r', '\n', 'a', 0, 'b'}, "ký tự nhị phân");
        refused("a.csv", new byte[]{'u', 's', 'e', 'r', 'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28}, "UTF-8");
        refused("a.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "lưu lại dưới dạng .xlsx");
        refused("a.xlsx", utf8("Tên đăng nhập\nabc\n"), "Không đọc được");
        refused("a.pdf", new byte[]{1}, "Chỉ nhận tệp CSV hoặc XLSX.");
    }
}
