package vn.dldcaccess.registration;

import vn.dldcaccess.shared.Messages;

import java.util.Locale;

/** An official e-mail address in the province's domain or one of its sub-domains. */
public record OfficialEmail(String value) {
    private static final String SHAPE = "[a-z0-9._%+\\-]+@[a-z0-9.\\-]+\\.[a-z]{2,}";

    public OfficialEmail {
        if (value == null || !value.matches(SHAPE)) {
            throw new IllegalArgumentException(Messages.text("registration.officialEmail.invalid"));
        }
    }

    public static OfficialEmail of(String raw, String provinceDomain) {
        OfficialEmail email = new OfficialEmail(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
        String domain = email.value.substring(email.value.indexOf('@') + 1);
        String expected = provinceDomain.toLowerCase(Locale.ROOT);
        if (!domain.equals(expected) && !domain.endsWith("." + expected)) {
            throw new IllegalArgumentException(Messages.text("registration.officialEmail.domain", expected));
        }
        return email;
    }
}
