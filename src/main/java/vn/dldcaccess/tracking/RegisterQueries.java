package vn.dldcaccess.tracking;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dldcaccess.shared.RequestKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static vn.dldcaccess.tracking.RequestProjection.utc;
import static vn.dldcaccess.tracking.RequestProjection.wall;

/** Reads of the register: one filtered page, the rows of an export, one request, the dashboard's groups. */
@Repository
class RegisterQueries {
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{9}|\\d{12}");
    private static final Pattern DIGITS = Pattern.compile("\\d{3,}");
    static final long FILTER_FIRST_BELOW = 10_000;
    private static final String COLUMNS = "id, kind, source_id, request_number, business_key, person_username, "
            + "person_name, citizen_id, agency_code, unit_code, stage, stage_label, is_open, opened_at, stage_since, "
            + "deadline, closed_on, on_time";
    private static final Map<String, String> ORDER = Map.of("number", "request_number", "person", "name_key",
            "unit", "unit_code", "kind", "kind", "stage", "stage", "stageSince", "stage_since", "deadline", "deadline",
            "opened", "opened_at");
    private static final RowMapper<RegisterRow> ROW = (rs, i) -> new RegisterRow(rs.getLong("id"),
            RequestKind.valueOf(rs.getString("kind")), rs.getLong("source_id"), rs.getString("request_number"),
            rs.getString("business_key"), rs.getString("person_username"), rs.getString("person_name"),
            rs.getString("citizen_id"), rs.getString("agency_code"), rs.getString("unit_code"), rs.getString("stage"),
            rs.getString("stage_label"), rs.getBoolean("is_open"), utc(rs.getObject("opened_at", LocalDateTime.class)),
            utc(rs.getObject("stage_since", LocalDateTime.class)), rs.getObject("deadline", LocalDate.class),
            rs.getObject("closed_on", LocalDate.class), (Boolean) rs.getObject("on_time"));

    private final NamedParameterJdbcTemplate jdbc;

    RegisterQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Page(List<RegisterRow> rows, long total) {
    }

    Page page(RegisterScope scope, RegisterFilter f, LocalDate today, ZoneId zone) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(scope, f, today, zone, params);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM trk_request" + where, params, Long.class);
        params.addValue("limit", f.size()).addValue("offset", (long) f.page() * f.size());
        String dir = f.descending() ? " DESC" : " ASC";
        String column = ORDER.get(f.sort());
        // Few matches: find them first, then sort them. Ordering by an expression keeps the database from walking
        // the sort column's index and checking row after row for the rare ones that match (a name searched
        // across every agency took 150 ms that way with 100 000 requests, 25 ms this way). Many matches: the
        // index walk finds a page at once.
        String order = total != null && total <= FILTER_FIRST_BELOW ? "COALESCE(" + column + ", " + column + ")" : column;
        List<RegisterRow> rows = jdbc.query("SELECT " + COLUMNS + " FROM trk_request" + where + " ORDER BY "
                + order + dir + ", id" + dir + " LIMIT :limit OFFSET :offset", params, ROW);
        return new Page(rows, total == null ? 0 : total);
    }

    Optional<RegisterRow> request(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM trk_request WHERE id = :id", Map.of("id", id), ROW)
                .stream().findFirst();
    }

    /** The requests a number names: the request of that number, else those of that business key (a campaign's units). */
    List<RegisterRow> numbered(String number) {
        List<RegisterRow> rows = jdbc.query("SELECT " + COLUMNS + " FROM trk_request WHERE request_number = :n ORDER BY id",
                Map.of("n", number), ROW);
        return !rows.isEmpty() ? rows : ofBusinessKeys(List.of(number));
    }

    List<RegisterRow> ofBusinessKeys(java.util.Collection<String> keys) {
        return keys.isEmpty() ? List.of() : jdbc.query("SELECT " + COLUMNS + " FROM trk_request WHERE business_key IN (:keys) "
                + "ORDER BY opened_at DESC, id DESC", Map.of("keys", keys), ROW);
    }

    /**
     * A person's own requests, newest first: those about her (she filed the form, holds the letter, leaves) and the
     * giấy ủy quyền she is the delegate of.
     */
    List<RegisterRow> ofPerson(String username, List<Long> delegateOf, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("username", username).addValue("limit", limit)
                .addValue("kind", RequestKind.AUTHORIZATION.name()).addValue("ids", delegateOf.isEmpty()
                        ? List.of(-1L) : delegateOf);
        return jdbc.query("SELECT " + COLUMNS + " FROM trk_request WHERE person_username = :username"
                + " OR (kind = :kind AND source_id IN (:ids)) ORDER BY opened_at DESC, id DESC LIMIT :limit", params, ROW);
    }

    record Step(Instant at, String actor, String stageLabel, String detail) {
    }

    List<Step> steps(long requestId) {
        return jdbc.query("SELECT occurred_at, actor, stage_label, detail FROM trk_step WHERE request_id = :id "
                + "ORDER BY occurred_at, id", Map.of("id", requestId), (rs, i) -> new Step(
                utc(rs.getObject(1, LocalDateTime.class)), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    record Document(long id, String title, Instant addedAt) {
    }

    List<Document> documents(long requestId) {
        return jdbc.query("SELECT document_id, title, added_at FROM trk_document WHERE request_id = :id "
                + "ORDER BY added_at, document_id", Map.of("id", requestId), (rs, i) -> new Document(rs.getLong(1),
                rs.getString(2), utc(rs.getObject(3, LocalDateTime.class))));
    }

    /** Per group (agency, or unit within one agency), kind and stage: the open requests past their deadline. */
    record Overdue(String group, RequestKind kind, String stage, long count) {
    }

    List<Overdue> overdue(RegisterScope scope, String agency, String unit, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", today);
        String group = agency == null ? "agency_code" : "unit_code";
        StringBuilder where = new StringBuilder();
        scopeAndAgency(scope, agency, params, where);
        unit(unit, params, where);
        // the open requests past their deadline are a range of ix_trk_open_deadline, which covers the query
        return jdbc.query("SELECT " + group + ", kind, stage, COUNT(*) FROM trk_request"
                        + (where.isEmpty() ? " WHERE " : where + " AND ") + "is_open = TRUE AND deadline < :today"
                        + " GROUP BY " + group + ", kind, stage",
                params, (rs, i) -> new Overdue(rs.getString(1), RequestKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getLong(4)));
    }

    /** Running totals per group and measure (time spent in stages, password changes on time). */
    record Stat(String group, String measure, long n, long totalSeconds) {
    }

    List<Stat> stats(RegisterScope scope, String agency, String unit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String group = agency == null ? "agency_code" : "unit_code";
        StringBuilder where = new StringBuilder();
        scopeAndAgency(scope, agency, params, where);
        unit(unit, params, where);
        return jdbc.query("SELECT " + group + ", measure, SUM(n), SUM(total_seconds) FROM trk_stat" + where
                + " GROUP BY " + group + ", measure", params, (rs, i) -> new Stat(rs.getString(1), rs.getString(2),
                rs.getLong(3), rs.getLong(4)));
    }

    private static void unit(String unit, MapSqlParameterSource params, StringBuilder where) {
        if (unit != null) {
            where.append(where.isEmpty() ? " WHERE " : " AND ").append("unit_code = :unit");
            params.addValue("unit", unit);
        }
    }

    private static void scopeAndAgency(RegisterScope scope, String agency, MapSqlParameterSource params,
                                       StringBuilder where) {
        List<String> conditions = new ArrayList<>();
        if (!scope.all()) {
            conditions.add("agency_code IN (:scope)");
            params.addValue("scope", scope.agencies());
        }
        if (agency != null) {
            conditions.add("agency_code = :agency");
            params.addValue("agency", agency);
        }
        if (!conditions.isEmpty()) {
            where.append(" WHERE ").append(String.join(" AND ", conditions));
        }
    }

    private static String where(RegisterScope scope, RegisterFilter f, LocalDate today, ZoneId zone,
                                MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        scopeAndAgency(scope, f.agency(), params, where);
        List<String> c = new ArrayList<>();
        if (f.unit() != null) {
            c.add("unit_code = :unit");
            params.addValue("unit", f.unit());
        }
        if (f.kind() != null) {
            c.add("kind = :kind");
            params.addValue("kind", f.kind().name());
        }
        if (f.stage() != null) {
            c.add("stage = :stage");
            params.addValue("stage", f.stage());
        }
        if (f.from() != null) {
            c.add("opened_at >= :from");
            params.addValue("from", wall(f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            c.add("opened_at < :to");
            params.addValue("to", wall(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (f.overdue()) {
            c.add("is_open = TRUE AND deadline < :today");
            params.addValue("today", today);
        }
        if (f.open() != null) {
            c.add("is_open = :open");
            params.addValue("open", f.open());
        }
        if (f.search() != null) {
            String q = f.search();
            if (CITIZEN_ID.matcher(q).matches()) {
                c.add("citizen_id = :citizenId");
                params.addValue("citizenId", q);
            } else if (DIGITS.matcher(q).matches()) {
                // the first digits of a citizen id, or digits of a request number
                c.add("(citizen_id LIKE :citizenPrefix OR request_number LIKE :number)");
                params.addValue("citizenPrefix", q + "%");
                params.addValue("number", "%" + q + "%");
            } else if (q.chars().anyMatch(Character::isDigit)) {
                // names have no digits, request numbers always do
                c.add("request_number LIKE :number");
                params.addValue("number", "%" + escapeLike(q.toUpperCase()) + "%");
            } else {
                c.add("name_key LIKE :name");
                params.addValue("name", "%" + escapeLike(NameKey.of(q)) + "%");
            }
        }
        if (c.isEmpty()) {
            return where.toString();
        }
        return (where.isEmpty() ? " WHERE " : where + " AND ") + String.join(" AND ", c);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
