package vn.dldcaccess.shared;

import java.util.Optional;

/**
 * A business key made of a prefix and a record's id ("TH-12", "DOT-3"): written and read back in one place, so
 * that a step finds its record by the key nobody can change after the start.
 */
public record IdKey(String prefix) {

    public String of(long id) {
        return prefix + "-" + id;
    }

    /** The id the key names; empty when it is not a key of this kind. */
    public Optional<Long> find(String key) {
        return key != null && key.length() > prefix.length() + 1 && key.startsWith(prefix + "-")
                && key.substring(prefix.length() + 1).matches("\\d{1,18}")
                ? Optional.of(Long.parseLong(key.substring(prefix.length() + 1))) : Optional.empty();
    }

    /** The id the key names, or -1 (no record has it) when it is not a key of this kind. */
    public long id(String key) {
        return find(key).orElse(-1L);
    }
}
