package vn.dldcaccess.shared;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Values as forms send them: a checklist arrives as Json from the Tasklist, as a list or a comma-separated
 * string from a portal; a date as a Date or exactly "yyyy-MM-dd".
 */
public final class FormValues {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * What a person reads after a field's label when the date they typed does not exist (the built-in wording, read
     * once: for the features not yet worded by key; the others use {@link #notADate()}).
     */
    public static final String NOT_A_DATE = Messages.text("shared.formValues.notADate");

    private FormValues() {
    }

    /** What a person reads after a field's label when the date they typed does not exist. */
    public static String notADate() {
        return Messages.text("shared.formValues.notADate");
    }

    /** @throws IllegalArgumentException when a list written as JSON is not valid JSON */
    public static List<String> strings(Object raw) {
        List<String> out = new ArrayList<>();
        if (raw instanceof SpinJsonNode json) {
            if (!json.isArray()) {
                throw new IllegalArgumentException(Messages.text("shared.formValues.notAList"));
            }
            json.elements().forEach(e -> out.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (raw instanceof Collection<?> c) {
            c.forEach(o -> out.add(String.valueOf(o)));
        } else if (raw instanceof String s && !s.isBlank()) {
            String t = s.strip();
            if (t.startsWith("[")) {
                try {
                    Spin.JSON(t).elements().forEach(e -> out.add(e.isString() ? e.stringValue() : e.toString()));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(Messages.text("shared.formValues.badList"));
                }
            } else {
                for (String part : t.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        } else if (raw != null && !(raw instanceof String)) {
            // a number, a flag or bytes where a list belongs is a mistake, not an empty choice
            throw new IllegalArgumentException(Messages.text("shared.formValues.notAList"));
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
     * The date, or null when absent: exactly "yyyy-MM-dd" and a real day ("2015-02-31" is refused, never moved to
     * March; "1990-05-12garbage" is refused, never cut).
     *
     * @throws DateTimeParseException when present but not a date
     */
    public static LocalDate date(Object raw) {
        String t = dateText(raw);
        if (t == null) {
            return null;
        }
        if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new DateTimeParseException("Not a yyyy-MM-dd date", t, 0);
        }
        return LocalDate.parse(t, STRICT_DATE);
    }
}
