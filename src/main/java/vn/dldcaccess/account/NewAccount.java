package vn.dldcaccess.account;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An account to enter into the register. The user name is the one on the other system (never a password).
 *
 * @param holderCitizenId the holder's citizen id where known (DLDC accounts from a registration)
 * @param registrationId  the registration that led to it, or null for an account recorded by hand
 */
public record NewAccount(AccountSystem system, String username, String holderUsername, String holderName,
                         String holderCitizenId, String agencyCode, String unitCode, LocalDate grantedOn,
                         Long registrationId) {
    public NewAccount {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(holderUsername, "holderUsername");
        Objects.requireNonNull(agencyCode, "agencyCode");
        username = username == null ? null : Normalizer.normalize(username.strip(), Normalizer.Form.NFC);
        holderName = holderName == null ? null : Normalizer.normalize(holderName.strip(), Normalizer.Form.NFC);
    }
}
