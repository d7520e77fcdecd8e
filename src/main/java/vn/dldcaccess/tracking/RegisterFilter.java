package vn.dldcaccess.tracking;

import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.Wording;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the office asked the register for, checked: each wrong parameter is named in Vietnamese and the
 * request refused as a whole (nothing is silently dropped).
 */
record RegisterFilter(String agency, String unit, RequestKind kind, String stage, LocalDate from, LocalDate to,
                      boolean overdue, Boolean open, String search, String sort, boolean descending, int page, int size) {
    static final int MAX_PAGE_SIZE = 200;
    static final Set<String> SORTS = Set.of("number", "person", "unit", "kind", "stage", "stageSince", "deadline", "opened");
    // strict: 31/02 is refused, not moved to the end of February
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    static RegisterFilter parse(Map<String, String> p) {
        List<String> problems = new ArrayList<>();
        RequestKind kind = null;
        String kindText = text(p, "kind");
        if (kindText != null) {
            try {
                kind = RequestKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                problems.add(Messages.text("tracking.filter.kind", kindText));
            }
        }
        // a stage unknown for the kind chosen (or for every kind) is named too, beside any bad date
        String stageText = text(p, "stage");
        if (stageText != null && StageLabels.ALL.stream().noneMatch(s -> s.get("code").equals(stageText)
                && (kindText == null || s.get("kind").equals(kindText)))) {
            problems.add(Messages.text(kindText == null ? "tracking.filter.stage" : "tracking.filter.stageOfKind", stageText));
        }
        LocalDate from = date(p, "from", Messages.text("tracking.filter.from"), problems);
        LocalDate to = date(p, "to", Messages.text("tracking.filter.to"), problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Messages.text("tracking.filter.toBeforeFrom"));
        }
        String sort = text(p, "sort");
        if (sort == null) {
            sort = "opened";
        } else if (!SORTS.contains(sort)) {
            problems.add(Messages.text("tracking.filter.sort", sort));
        }
        int page = number(p, "page", 0, problems);
        int size = number(p, "size", 25, problems);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(Messages.text("tracking.filter.pageSize", MAX_PAGE_SIZE));
        }
        String openText = text(p, "open");
        Boolean open = openText == null ? null : Boolean.valueOf(openText);
        if (!problems.isEmpty()) {
            throw new RefusedException("Register filter refused: " + problems.size() + " problems",
                    Wording.of("tracking.filter.refused", String.join("; ", problems)));
        }
        String dir = text(p, "dir");
        boolean descending = dir == null ? sort.equals("opened") : dir.equalsIgnoreCase("desc");
        return new RegisterFilter(text(p, "agency"), text(p, "unit"), kind, text(p, "stage"), from, to,
                "true".equals(text(p, "overdue")), open, text(p, "q"), sort, descending, page, size);
    }

    /** The same filter, every row from the first (exports). */
    RegisterFilter unpaged(int limit) {
        return new RegisterFilter(agency, unit, kind, stage, from, to, overdue, open, search, sort, descending, 0, limit);
    }

    /** What the filter says, for the head of an export. */
    String describe(UnaryOperator<String> agencyName, UnaryOperator<String> unitName) {
        List<String> parts = new ArrayList<>();
        if (agency != null) parts.add(Messages.text("tracking.filter.describe.agency", agencyName.apply(agency)));
        if (unit != null) parts.add(Messages.text("tracking.filter.describe.unit", unitName.apply(unit)));
        if (kind != null) parts.add(Messages.text("tracking.filter.describe.kind", kind.label()));
        if (stage != null) parts.add(Messages.text("tracking.filter.describe.stage", stage));
        if (from != null) parts.add(Messages.text("tracking.filter.describe.from", DMY.format(from)));
        if (to != null) parts.add(Messages.text("tracking.filter.describe.to", DMY.format(to)));
        if (overdue) parts.add(Messages.text("tracking.filter.describe.overdue"));
        if (Boolean.TRUE.equals(open)) parts.add(Messages.text("tracking.filter.describe.open"));
        if (search != null) parts.add(Messages.text("tracking.filter.describe.search", search));
        return parts.isEmpty() ? Messages.text("tracking.filter.describe.all") : String.join("; ", parts);
    }

    private static String text(Map<String, String> p, String key) {
        String v = p.get(key);
        return v == null || v.isBlank() ? null : java.text.Normalizer.normalize(v.strip(), java.text.Normalizer.Form.NFC);
    }

    /** dd/MM/yyyy as people write it, or yyyy-MM-dd as a date input sends it. */
    private static LocalDate date(Map<String, String> p, String key, String label, List<String> problems) {
        String v = text(p, key);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, DMY) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(Messages.text("tracking.filter.notADate", label, v));
            return null;
        }
    }

    private static int number(Map<String, String> p, String key, int fallback, List<String> problems) {
        String v = text(p, key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(Messages.text("tracking.filter.notANumber", key));
            return fallback;
        }
    }
}
