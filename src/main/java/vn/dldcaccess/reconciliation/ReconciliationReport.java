package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A run's report as a spreadsheet: what was compared, the figures per kind, then every difference and its outcome. */
@Component
class ReconciliationReport {
    /** The columns' headings, one line of the bundle ("reconciliation.report.columns", separated by "|"). */
    static List<String> columns() {
        return List.of(Messages.text("reconciliation.report.columns").split("\\s*\\|\\s*"));
    }

    /** @param header lines above the table (title, scope, figures); @param rows the cells of each difference */
    byte[] xlsx(List<String> header, Map<String, Long> perKind, List<List<String>> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Doi soat");
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            int r = 0;
            for (String line : header) {
                Cell c = sheet.createRow(r++).createCell(0);
                c.setCellValue(line);
                if (r == 1) {
                    c.setCellStyle(bold);
                }
            }
            r++;
            for (Map.Entry<String, Long> e : perKind.entrySet()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                row.createCell(1).setCellValue(e.getValue());
            }
            r++;
            Row head = sheet.createRow(r++);
            List<String> columns = columns();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c));
                cell.setCellStyle(bold);
            }
            for (List<String> cells : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < cells.size(); c++) {
                    // plain text cells: a value from the export that starts with "=" stays text, never a formula
                    row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
