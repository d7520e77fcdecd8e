package vn.dldcaccess.organization;

import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.SearchKey;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The choices a form offers, from the organization file (one place, never written by hand in a form): an agency's
 * units, and people by name and position, never by log-in. Each choice is {@code {label, value}}, as form-js's
 * {@code valuesKey} reads it.
 */
@Component
public class FormChoices {
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final OrganizationDirectory organization;

    FormChoices(OrganizationDirectory organization) {
        this.organization = organization;
    }

    /** The units of one agency: "Phòng Việc làm - An toàn lao động - Sở Lao động - …". */
    public List<Map<String, String>> units(String agencyCode) {
        String agency = organization.agency(agencyCode).map(AgencyInfo::name).orElse(agencyCode);
        return organization.units(agencyCode).stream()
                .map(u -> choice(u.name() + " - " + agency, u.code())).toList();
    }

    /**
     * The people of an agency (of one unit when given), but one, by name: "Lê Hoàng Yến — Chuyên viên, Phòng … ·
     * le hoang yen". The name folded as the register's search folds it ({@link SearchKey}) ends the label: form-js
     * finds a typed text in the label as it is, so "yen" finds "Yến" only through it.
     */
    public List<Map<String, String>> people(String agencyCode, String unitCode, String except) {
        return organization.people(agencyCode).stream()
                .filter(p -> unitCode == null || unitCode.equals(p.unitCode()))
                .filter(p -> !p.username().equals(except))
                .sorted(Comparator.comparing(PersonInfo::fullName, VIETNAMESE))
                .map(p -> choice(searchable(label(p), p.fullName()), p.username())).toList();
    }

    /** A label a picker finds by the name typed without diacritics too. */
    static String searchable(String label, String name) {
        String key = SearchKey.of(name);
        return key == null || key.isEmpty() || key.equals(name.strip().toLowerCase(Locale.ROOT)) ? label
                : label + " · " + key;
    }

    /** A person as a list shows her: name, position and unit (two people may share a name, never all three). */
    public String label(PersonInfo p) {
        String unit = p.unitCode() == null ? "" : organization.unit(p.unitCode()).map(UnitInfo::name).orElse("");
        String position = p.position() == null ? "" : p.position();
        String detail = position.isEmpty() ? unit : unit.isEmpty() ? position : position + ", " + unit;
        return detail.isEmpty() ? p.fullName() : p.fullName() + " — " + detail;
    }

    private static Map<String, String> choice(String label, String value) {
        return Map.of("label", label, "value", value);
    }
}
