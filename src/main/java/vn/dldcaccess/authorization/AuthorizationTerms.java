package vn.dldcaccess.authorization;

import java.time.LocalDate;

/** What an authorization letter says, validated by {@link AuthorizationInput}. */
record AuthorizationTerms(long accountId, String delegateUsername, LocalDate validFrom, LocalDate validTo,
                          AuthorizationReason reason, String reasonDetail, String scope, String holderDuties,
                          String delegateDuties) {

    boolean overlaps(LocalDate from, LocalDate to) {
        return !validFrom.isAfter(to) && !validTo.isBefore(from);
    }
}
