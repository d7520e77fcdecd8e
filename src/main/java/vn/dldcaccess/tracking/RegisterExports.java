package vn.dldcaccess.tracking;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.shared.Messages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The filtered list as a spreadsheet (XLSX) and as a printable register (PDF), with the same columns. */
@Component
class RegisterExports {
    /** The columns' headings, one line of the bundle ("tracking.export.columns", separated by "|"). */
    static List<String> columns() {
        return List.of(Messages.text("tracking.export.columns").split("\\s*\\|\\s*"));
    }
    // the number column fits "SLĐTBXH-2026-000001" on one line at 8 pt
    static final float[] PDF_WIDTHS = {22, 100, 80, 60, 68, 72, 52, 90, 45, 35, 45, 30, 30};

    private final PdfDocuments pdf;

    RegisterExports(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    private static List<String> cells(int n, Map<String, Object> r) {
        Object left = r.get("daysLeft");
        return List.of(String.valueOf(n), str(r.get("number")), str(r.get("person")), str(r.get("citizenId")),
                str(r.get("agency")), str(r.get("unit")), str(r.get("kind")), str(r.get("stage")), str(r.get("openedOn")),
                str(r.get("daysAtStage")), str(r.get("deadline")), left == null ? "" : left.toString(),
                Boolean.TRUE.equals(r.get("overdue")) ? Messages.text("tracking.export.overdue") : "");
    }

    byte[] xlsx(String title, String filterLine, List<Map<String, Object>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet("So theo doi");
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            CellStyle red = wb.createCellStyle();
            Font redFont = wb.createFont();
            redFont.setColor(org.apache.poi.ss.usermodel.IndexedColors.RED.getIndex());
            red.setFont(redFont);
            Cell t = sheet.createRow(0).createCell(0);
            t.setCellValue(title);
            t.setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(filterLine);
            Row head = sheet.createRow(3);
            List<String> columns = columns();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(bold);
            }
            int n = 0;
            for (Map<String, Object> r : rows) {
                n++;
                Row row = sheet.createRow(3 + n);
                List<String> values = cells(n, r);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    // numbers as numbers, so that the office can sum and sort them
                    if ((c == 0 || c == 9 || c == 11) && !values.get(c).isEmpty()) {
                        cell.setCellValue(Double.parseDouble(values.get(c)));
                    } else {
                        cell.setCellValue(values.get(c));
                    }
                    if (Boolean.TRUE.equals(r.get("overdue")) && c == 12) {
                        cell.setCellStyle(red);
                    }
                }
            }
            sheet.createRow(5 + n).createCell(0).setCellValue(Messages.text("tracking.export.total", n));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(String issuer, String title, String filterLine, List<Map<String, Object>> rows) {
        List<List<String>> table = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> r : rows) {
            table.add(cells(++n, r));
        }
        return pdf.register(issuer, title, filterLine, columns(), PDF_WIDTHS, table, Messages.text("tracking.export.total", n) + ".");
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
