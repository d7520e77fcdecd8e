package vn.dldcaccess.shared;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Values as forms send them: a checklist arrives as Json from the Tasklist, as a list or a comma-separated
 * string from a portal; a date as a Date, "yyyy-MM-dd" or an ISO timestamp.
 */
public final class FormValues {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private FormValues() {
    }

    public static List<String> strings(Object raw) {
        List<String> out = new ArrayList<>();
        if (raw instanceof SpinJsonNode json) {
            json.elements().forEach(e -> out.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (raw instanceof Collection<?> c) {
            c.forEach(o -> out.add(String.valueOf(o)));
        } else if (raw instanceof String s && !s.isBlank()) {
            String t = s.strip();
            if (t.startsWith("[")) {
                Spin.JSON(t).elements().forEach(e -> out.add(e.isString() ? e.stringValue() : e.toString()));
            } else {
                for (String part : t.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out;
    }

    /** "yyyy-MM-dd" (a Date is read in Vietnam's time zone), or null when absent. */
    public static String dateText(Object raw) {
        if (raw instanceof Date d) {
            return d.toInstant().atZone(VN).toLocalDate().toString();
        }
        return raw == null || raw.toString().isBlank() ? null : raw.toString().strip();
    }

    /**
     * The date, or null when absent.
     *
     * @throws DateTimeParseException when present but not a date
     */
    public static LocalDate date(Object raw) {
        String t = dateText(raw);
        return t == null ? null : LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    }
}
