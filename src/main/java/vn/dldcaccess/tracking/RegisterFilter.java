package vn.dldcaccess.tracking;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.RequestKind;

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
                problems.add("loại yêu cầu \"" + kindText + "\" không có");
            }
        }
        // a stage unknown for the kind chosen (or for every kind) is named too, beside any bad date
        String stageText = text(p, "stage");
        if (stageText != null && StageLabels.ALL.stream().noneMatch(s -> s.get("code").equals(stageText)
                && (kindText == null || s.get("kind").equals(kindText)))) {
            problems.add("giai đoạn \"" + stageText + "\" không có" + (kindText == null ? "" : " ở loại yêu cầu này"));
        }
        LocalDate from = date(p, "from", "từ ngày", problems);
        LocalDate to = date(p, "to", "đến ngày", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("\"đến ngày\" trước \"từ ngày\"");
        }
        String sort = text(p, "sort");
        if (sort == null) {
            sort = "opened";
        } else if (!SORTS.contains(sort)) {
            problems.add("không sắp xếp được theo \"" + sort + "\"");
        }
        int page = number(p, "page", 0, problems);
        int size = number(p, "size", 25, problems);
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add("số dòng mỗi trang từ 1 đến " + MAX_PAGE_SIZE);
        }
        String openText = text(p, "open");
        Boolean open = openText == null ? null : Boolean.valueOf(openText);
        if (!problems.isEmpty()) {
            throw new RefusedException("Register filter refused: " + problems.size() + " problems",
                    "Điều kiện lọc chưa đúng: " + String.join("; ", problems) + ".");
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
        if (agency != null) parts.add("Cơ quan: " + agencyName.apply(agency));
        if (unit != null) parts.add("Đơn vị: " + unitName.apply(unit));
        if (kind != null) parts.add("Loại: " + kind.label());
        if (stage != null) parts.add("Giai đoạn: " + stage);
        if (from != null) parts.add("Từ ngày " + DMY.format(from));
        if (to != null) parts.add("đến ngày " + DMY.format(to));
        if (overdue) parts.add("Chỉ yêu cầu quá hạn");
        if (Boolean.TRUE.equals(open)) parts.add("Chỉ yêu cầu đang xử lý");
        if (search != null) parts.add("Tìm: \"" + search + "\"");
        return parts.isEmpty() ? "Tất cả yêu cầu" : String.join("; ", parts);
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
            problems.add(label + " \"" + v + "\" không phải ngày dạng dd/MM/yyyy");
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
            problems.add("\"" + key + "\" phải là số không âm");
            return fallback;
        }
    }
}
