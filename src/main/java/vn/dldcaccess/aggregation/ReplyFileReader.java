package vn.dldcaccess.aggregation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PC06's reply (CSV or XLSX, first sheet): a header row naming the columns (request number, citizen id,
 * decision, reason; Vietnamese or English, with or without diacritics), then one row per person. A file from
 * outside, read within limits: at most {@link #MAX_ROWS} rows (reading stops at the next one), the first
 * {@link #MAX_COLUMNS} columns, {@link #MAX_CELL} characters a cell; an XLSX as a stream ({@link ReplySheetReader}).
 */
@Component
class ReplyFileReader {
    static final int MAX_ROWS = 5000;
    static final int MAX_COLUMNS = 50;
    static final int MAX_CELL = 1000;

    List<ReplyRow> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        List<List<String>> table;
        try {
            if (name.endsWith(".xlsx")) {
                table = ReplySheetReader.read(content, MAX_ROWS + 2);
            } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                table = csv(content);
            } else {
                throw new AggregationException("Unsupported reply file " + fileName, Wording.of(name.endsWith(".xls")
                        ? "aggregation.replyFile.oldExcel" : "aggregation.replyFile.format"));
            }
        } catch (Exception e) {
            if (e instanceof AggregationException a) {
                throw a;
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ReplySheetReader.TooManyRows) {
                    throw tooLong();
                }
            }
            throw new AggregationException("Unreadable reply file " + fileName + ": " + e,
                    Wording.of("aggregation.replyFile.unreadable", fileName));
        }
        if (table.isEmpty()) {
            throw new AggregationException("Empty reply file", Wording.of("aggregation.replyFile.empty"));
        }
        List<String> header = table.get(0);
        int number = column(header, "so phieu", "request");
        int citizen = column(header, "dinh danh", "cccd", "citizen");
        int decision = column(header, "ket qua", "y kien", "decision");
        int reason = column(header, "ly do", "reason");
        List<String> missing = new ArrayList<>();
        if (number < 0) missing.add(Messages.text("aggregation.replyFile.column.number"));
        if (citizen < 0) missing.add(Messages.text("aggregation.replyFile.column.citizenId"));
        if (decision < 0) missing.add(Messages.text("aggregation.replyFile.column.decision"));
        if (!missing.isEmpty()) {
            throw new AggregationException("Reply header lacks " + missing,
                    Wording.of("aggregation.replyFile.missingColumns", String.join(", ", missing)));
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw tooLong();
        }
        List<ReplyRow> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            List<String> r = table.get(i);
            if (r.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            rows.add(new ReplyRow(i + 1, cell(r, number), cell(r, citizen), cell(r, decision),
                    reason < 0 ? null : cell(r, reason)));
        }
        return rows;
    }

    private static AggregationException tooLong() {
        return new AggregationException("Reply too long", Wording.of("aggregation.replyFile.tooLong", MAX_ROWS));
    }

    private static String cell(List<String> row, int i) {
        String v = i < row.size() ? row.get(i) : null;
        return v == null ? "" : Normalizer.normalize(v.strip(), Normalizer.Form.NFC);
    }

    private static int column(List<String> header, String... keys) {
        for (int i = 0; i < header.size(); i++) {
            String h = ReplyRow.plain(header.get(i));
            for (String k : keys) {
                if (h.contains(k)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<List<String>> csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = text.lines().findFirst().map(l -> l.contains(";") && !l.contains(",") ? ';' : ',').orElse(',');
        List<List<String>> out = new ArrayList<>();
        // empty lines are kept (and skipped below) so that row numbers are the lines a person sees
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                .parse(new java.io.StringReader(text))) {
            for (CSVRecord r : parser) {
                if (out.size() > MAX_ROWS + 1) {
                    throw tooLong();
                }
                List<String> row = new ArrayList<>();
                for (int i = 0; i < Math.min(r.size(), MAX_COLUMNS); i++) {
                    String v = r.get(i);
                    row.add(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) : v);
                }
                out.add(row);
            }
        }
        return out;
    }
}
