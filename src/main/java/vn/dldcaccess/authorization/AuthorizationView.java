package vn.dldcaccess.authorization;

import java.time.LocalDate;

/** An open authorization as pages show it beside its account. */
public record AuthorizationView(String number, long accountId, String delegateUsername, String delegateName,
                                LocalDate validFrom, LocalDate validTo, AuthorizationStatus status,
                                String statusLabel) {
}
