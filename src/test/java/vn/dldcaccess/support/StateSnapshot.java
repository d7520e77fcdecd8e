package vn.dldcaccess.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a refused step must leave as it was, as one digest per table: the engine's runtime (variables,
 * tasks, candidates, executions, jobs, authorizations, identities, byte arrays) and every table of the
 * application (requests, letters, batches, accounts, documents, the register, the outbox).
 */
public final class StateSnapshot {
    private final Map<String, String> digests;

    private StateSnapshot(Map<String, String> digests) {
        this.digests = digests;
    }

    public static StateSnapshot take(JdbcTemplate jdbc) {
        Map<String, String> out = new TreeMap<>();
        for (String table : tables(jdbc)) {
            List<String> rows = jdbc.query("select * from " + table, (rs, n) -> row(rs));
            rows.sort(String::compareTo);
            out.put(table, sha256(String.join("\n", rows)) + " (" + rows.size() + " rows)");
        }
        return new StateSnapshot(out);
    }

    /** The tables whose content changed since {@code before}. */
    public List<String> changedSince(StateSnapshot before) {
        List<String> changed = new ArrayList<>();
        digests.forEach((table, digest) -> {
            if (!digest.equals(before.digests.get(table))) {
                changed.add(table + ": " + before.digests.get(table) + " -> " + digest);
            }
        });
        return changed;
    }

    private static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.execute((java.sql.Connection c) -> {
            List<String> names = new ArrayList<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getTables(c.getCatalog(), null, "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String name = rs.getString("TABLE_NAME");
                    String lower = name.toLowerCase(Locale.ROOT);
                    if ("INFORMATION_SCHEMA".equalsIgnoreCase(schema)) {
                        continue;
                    }
                    boolean engine = lower.startsWith("act_ru_") || lower.startsWith("act_id_")
                            || lower.equals("act_ge_bytearray");
                    boolean app = lower.matches("(org|reg|sub|doc|ntf|agg|acc|auz|rev|rvw|trk)_.*");
                    // the engine's metrics are written on a schedule, whatever people do
                    boolean metrics = lower.contains("meter_log");
                    if ((engine || app) && !metrics) {
                        names.add(name);
                    }
                }
            }
            return names;
        });
    }

    private static String row(ResultSet rs) throws java.sql.SQLException {
        StringBuilder b = new StringBuilder();
        int n = rs.getMetaData().getColumnCount();
        for (int i = 1; i <= n; i++) {
            Object v = rs.getObject(i);
            if (v instanceof java.sql.Blob blob) {
                v = blob.getBytes(1, (int) blob.length());
            } else if (v instanceof java.sql.Clob clob) {
                v = clob.getSubString(1, (int) clob.length());
            }
            b.append(v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(v)).append('|');
        }
        return b.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
