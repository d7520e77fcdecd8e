package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** An account's status as the system's export writes it, in Vietnamese or English, with or without diacritics. */
enum SystemStatus {
    ACTIVE,
    LOCKED,
    CLOSED;

    /** Its name for people (message bundle, "reconciliation.SystemStatus.<NAME>"). */
    String label() {
        return Messages.text("reconciliation.SystemStatus." + name());
    }

    /** An empty cell means active (an export of live accounts often has no status column). */
    static Optional<SystemStatus> parse(String raw) {
        String s = plain(raw);
        if (s.isEmpty()) {
            return Optional.of(ACTIVE);
        }
        return switch (s) {
            case "active", "enabled", "hoat dong", "dang hoat dong", "kich hoat", "1", "true", "mo" ->
                    Optional.of(ACTIVE);
            case "locked", "disabled", "suspended", "khoa", "bi khoa", "tam khoa", "da khoa", "vo hieu hoa", "0",
                 "false" -> Optional.of(LOCKED);
            case "closed", "deleted", "removed", "dong", "da dong", "xoa", "da xoa", "huy", "da huy", "thu hoi",
                 "da thu hoi" -> Optional.of(CLOSED);
            default -> Optional.empty();
        };
    }

    /** Lower case, no diacritics (đ as d), single spaces. */
    static String plain(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd');
        return s.replaceAll("[\\s_\\-]+", " ").strip();
    }
}
