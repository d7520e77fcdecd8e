package vn.dldcaccess.shared;

/**
 * The number of an outgoing official letter as a clerk types it: "125" (the office's symbol is added) or in full,
 * "125/SLĐTBXH-VP" (digits, a slash, then a symbol of Vietnamese letters, digits and hyphens). A number below 10
 * is written with its leading zero, "07/STP-VP" (Decree 30/2020, Phụ lục I), however it was typed.
 */
public final class OfficialNumber {
    private OfficialNumber() {
    }

    /** The full number, or null when absent or not a number of that shape. */
    public static String normalize(Object raw, String officeSymbol) {
        String t;
        try {
            t = PlainText.line(raw, 60);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (t == null) {
            return null;
        }
        t = t.replaceFirst("^(?i)số:?\\s*", "");
        if (t.matches("\\d{1,6}")) {
            return String.format("%02d", Integer.parseInt(t)) + "/" + officeSymbol;
        }
        int slash = t.indexOf('/');
        boolean symbol = slash > 0 && t.substring(slash + 1).chars()
                .allMatch(c -> PersonName.isVietnameseLetter((char) c) || (c >= '0' && c <= '9') || c == '-');
        return t.matches("\\d{1,6}/.{1,40}") && symbol
                ? String.format("%02d", Integer.parseInt(t.substring(0, slash))) + t.substring(slash) : null;
    }
}
