package vn.dldcaccess.organization;

import java.util.Map;
import java.util.Optional;

/**
 * The organization file's choices for digital signatures: per agency and document kind, how it is signed; per
 * person who signs with their own certificate, the certificate subject that is theirs.
 *
 * @param modes    agency code → document kind (e.g. {@code AGENCY_LETTER}) → mode
 * @param subjects username → certificate subject DN ("CN=Huỳnh Văn Thắng, O=…")
 */
public record SigningRules(Map<String, Map<String, SigningMode>> modes, Map<String, String> subjects) {
    public static final SigningRules NONE = new SigningRules(Map.of(), Map.of());

    public SigningMode mode(String agencyCode, String documentKind) {
        return modes.getOrDefault(agencyCode, Map.of()).getOrDefault(documentKind, SigningMode.NONE);
    }

    public Optional<String> subjectOf(String username) {
        return Optional.ofNullable(subjects.get(username));
    }
}
