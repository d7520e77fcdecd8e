package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import vn.dldcaccess.shared.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a system's own account list (CSV or XLSX, first sheet): a header row naming the columns (user name
 * required; status, holder's log-in, full name, agency optional; Vietnamese or English, with or without
 * diacritics), then one account a row. A file from outside, read within limits: {@link #MAX_BYTES}, at most
 * {@link #MAX_ROWS} rows (reading stops at the next one), the first {@link #MAX_COLUMNS} columns, {@link #MAX_CELL}
 * characters a cell; an XLSX as a stream ({@link ExportSheetReader}). Any wrong row refuses the whole file, every
 * problem named (up to {@link #MAX_PROBLEMS}): nothing is compared from a file half read.
 */
@Component
class ExportFileReader {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 50_000;
    static final int MAX_COLUMNS = 30;
    static final int MAX_CELL = 200;
    static final int MAX_PROBLEMS = 20;
    private static final String USERNAME_PATTERN = "[A-Za-z0-9._@+\\-]{2,100}";

    /** Header keys (plain: lower case, no diacritics) per column, in the order they are looked for. */
    enum Column {
        STATUS("trang thai", "status", "state", "tinh trang"),
        USERNAME("ten dang nhap", "username", "user name", "login", "tai khoan", "account", "dia chi thu",
                "email", "mail", "uid"),
        HOLDER("nguoi su dung", "holder", "ma can bo", "owner"),
        AGENCY("ma co quan", "co quan", "agency"),
        NAME("ho va ten", "ho ten", "full name", "fullname", "display name", "name");

        final String[] keys;

        Column(String... keys) {
            this.keys = keys;
        }
    }

    static Wording tooManyRows() {
        return Wording.of("reconciliation.file.tooManyRows", MAX_ROWS);
    }

    List<ExportRow> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            throw refused("Empty export", Wording.of("reconciliation.file.empty"));
        }
        if (content.length > MAX_BYTES) {
            throw refused("Export too large: " + content.length, Wording.of("reconciliation.file.tooLarge"));
        }
        Rows rows = new Rows();
        try {
            if (name.endsWith(".xlsx")) {
                ExportSheetReader.read(content, MAX_ROWS + 1, rows::add);
            } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
                csv(content, rows);
            } else {
                throw refused("Unsupported export " + fileName, name.endsWith(".xls")
                        ? Wording.of("reconciliation.file.oldExcel")
                        : Wording.of("reconciliation.file.type"));
            }
        } catch (ReconciliationException e) {
            throw e;
        } catch (Exception e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ExportSheetReader.Limit limit) {
                    throw refused("Export over a limit: " + limit.getMessage(), limit.wording());
                }
                if (t instanceof CharacterCodingException) {
                    throw refused("Export not UTF-8", Wording.of("reconciliation.file.notUtf8"));
                }
            }
            throw refused("Unreadable export " + fileName + ": " + e,
                    Wording.of("reconciliation.file.unreadable"));
        }
        return rows.finish();
    }

    private static ReconciliationException refused(String log, Wording wording) {
        return new ReconciliationException(log, wording);
    }

    private static void csv(byte[] content, Rows rows) throws Exception {
        for (byte b : content) {
            if (b == 0) {
                throw refused("Binary export", Wording.of("reconciliation.file.binary"));
            }
        }
        int skip = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        char delimiter = delimiter(content, skip);
        Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(content, skip, content.length - skip),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        // empty lines are kept (and skipped as rows) so that line numbers are the lines a person sees
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get()
                .parse(reader)) {
            for (CSVRecord r : parser) {
                int line = (int) Math.min(Integer.MAX_VALUE, r.getRecordNumber());
                if (line > MAX_ROWS + 1) {
                    throw new ExportSheetReader.Limit(tooManyRows());
                }
                List<String> row = new ArrayList<>();
                for (int i = 0; i < Math.min(r.size(), MAX_COLUMNS); i++) {
                    String v = r.get(i);
                    row.add(v.length() > MAX_CELL ? v.substring(0, MAX_CELL) : v);
                }
                rows.add(line, row);
            }
        }
    }

    /** ";" or a tab when the first line has it and no comma (Excel in Vietnamese writes ";"). */
    private static char delimiter(byte[] content, int from) {
        int end = from;
        while (end < content.length && end - from < 4096 && content[end] != '\n') {
            end++;
        }
        String first = new String(content, from, end - from, StandardCharsets.UTF_8);
        if (first.contains(",")) {
            return ',';
        }
        return first.contains(";") ? ';' : first.contains("\t") ? '\t' : ',';
    }

    /** The rows as they arrive: the first is the header; each other one is checked and kept. */
    private static final class Rows {
        private final Map<Column, Integer> columns = new java.util.EnumMap<>(Column.class);
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<ExportRow> out = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private int problemCount;
        private boolean header;

        void add(int line, List<String> cells) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (!header) {
                header(cells);
                header = true;
                return;
            }
            String username = cell(cells, Column.USERNAME);
            String statusText = cell(cells, Column.STATUS);
            SystemStatus status = SystemStatus.parse(statusText).orElse(null);
            if (username.isEmpty()) {
                problem(line, Messages.text("reconciliation.row.usernameMissing"));
            } else if (!username.matches(USERNAME_PATTERN)) {
                problem(line, Messages.text("reconciliation.row.usernameInvalid", printable(username)));
            } else if (status == null) {
                problem(line, Messages.text("reconciliation.row.statusUnknown", printable(statusText)));
            } else {
                Integer before = seen.putIfAbsent(username.toLowerCase(Locale.ROOT), line);
                if (before != null) {
                    problem(line, Messages.text("reconciliation.row.usernameTwice", username, before));
                } else {
                    out.add(new ExportRow(line, username, status, cell(cells, Column.HOLDER), cell(cells, Column.NAME),
                            cell(cells, Column.AGENCY)));
                }
            }
        }

        private void header(List<String> cells) {
            List<String> plain = cells.stream().map(SystemStatus::plain).toList();
            for (Column c : Column.values()) {
                search:
                for (String key : c.keys) {
                    for (int i = 0; i < plain.size(); i++) {
                        if (!columns.containsValue(i) && plain.get(i).contains(key)) {
                            columns.put(c, i);
                            break search;
                        }
                    }
                }
            }
            if (!columns.containsKey(Column.USERNAME)) {
                throw refused("Export header lacks the user name: " + plain,
                        Wording.of("reconciliation.file.noUsernameColumn"));
            }
        }

        private String cell(List<String> row, Column c) {
            Integer i = columns.get(c);
            String v = i == null || i >= row.size() ? null : row.get(i);
            return v == null ? "" : Normalizer.normalize(v.strip(), Normalizer.Form.NFC);
        }

        private void problem(int line, String text) {
            if (problemCount++ < MAX_PROBLEMS) {
                problems.add(Messages.text("reconciliation.row.problem", line, text));
            }
        }

        List<ExportRow> finish() {
            if (!header) {
                throw refused("Empty export", Wording.of("reconciliation.file.noRows"));
            }
            if (problemCount > 0) {
                throw refused("Export refused: " + problemCount + " wrong rows", Wording.of(
                        "reconciliation.file.wrongRows", problemCount, String.join("; ", problems)
                        + (problemCount > MAX_PROBLEMS ? "; …" : "")));
            }
            return out;
        }
    }

    /** One line for a message: control characters a file may carry become spaces, and it is cut. */
    static String printable(String text) {
        String s = text == null ? "" : text.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
