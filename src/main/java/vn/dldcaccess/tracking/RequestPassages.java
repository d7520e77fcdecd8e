package vn.dldcaccess.tracking;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a registration went on its way: the agency's letter that listed it and the batch that carried that letter
 * to PC06, each by the number a clerk files it under and the key its own page opens with; and which agency a
 * letter's key belongs to, read from the letter's record (not from the engine's history, which keeps variables
 * only at the history level that records them).
 */
@Component
class RequestPassages {
    private final NamedParameterJdbcTemplate jdbc;

    RequestPassages(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A letter or a batch a request went into: what it is, its number and date, the key of its page. */
    record Passage(String what, String number, LocalDate date, String key) {
    }

    /** What a request's page shows of them: for a registration, its letter and batch; nothing for other kinds. */
    List<Map<String, String>> shown(RegisterRow r) {
        return r.kind() != vn.dldcaccess.shared.RequestKind.REGISTRATION ? List.of() : ofRegistration(r.sourceId())
                .stream().map(p -> Map.of("what", p.what(), "number", p.number() == null ? "" : p.number(),
                        "date", vn.dldcaccess.document.PdfDocuments.dmy(p.date()), "key", p.key())).toList();
    }

    /** The letter and batch of a registration (by its record's id), in the order it reached them. */
    List<Passage> ofRegistration(long registrationId) {
        List<Passage> out = new ArrayList<>();
        jdbc.query("SELECT l.id, l.agency_code, l.letter_number, l.letter_date, b.id, b.outgoing_number, b.sent_date"
                + " FROM reg_registration r JOIN sub_agency_letter l ON l.id = r.agency_letter_id"
                + " LEFT JOIN agg_letter a ON a.agency_letter_id = l.id"
                + " LEFT JOIN agg_batch b ON b.id = COALESCE(r.batch_id, a.batch_id)"
                + " WHERE r.id = :id", Map.of("id", registrationId), rs -> {
            out.add(new Passage("LETTER", rs.getString(3), rs.getObject(4, LocalDate.class),
                    "CV-" + rs.getString(2) + "-" + rs.getLong(1)));
            long batch = rs.getLong(5);
            if (!rs.wasNull()) {
                out.add(new Passage("BATCH", rs.getString(6), rs.getObject(7, LocalDate.class), "DOT-" + batch));
            }
        });
        return out;
    }

    /** The agency of an agency letter's key "CV-{agency}-{id}", when the key names a letter of that agency. */
    Optional<String> agencyOfLetter(String key) {
        int dash = key == null ? -1 : key.lastIndexOf('-');
        if (dash < 4 || !key.startsWith("CV-") || !key.substring(dash + 1).matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(key.substring(dash + 1));
        // a letter that moved to the agency its own merged into keeps its key (key_agency): the letter's agency now
        return jdbc.queryForList("SELECT agency_code, COALESCE(key_agency, agency_code) AS k FROM sub_agency_letter "
                        + "WHERE id = :id", Map.of("id", id)).stream()
                .filter(m -> key.equals("CV-" + m.get("k") + "-" + id)).map(m -> (String) m.get("agency_code")).findFirst();
    }
}
