package vn.dldcaccess.platform;

import java.util.regex.Pattern;

/**
 * What the log must never hold, whatever wrote the line (our messages, an exception's text, a database driver
 * quoting a duplicate key): citizen ids, mobile numbers and e-mail addresses are replaced by a marker.
 */
final class PersonalDataMask {
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
    /** 12-digit citizen ids, 9-digit old identity cards and Vietnamese mobile numbers (0 or +84 and 9 digits). */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.:-])(\\+84\\d{9}|0\\d{9}|\\d{12}|\\d{9})(?![\\p{L}\\p{N}.:-])");

    private PersonalDataMask() {
    }

    static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll("[email]");
        return NUMBER.matcher(masked).replaceAll("[số]");
    }
}
