package vn.dldcaccess.account;

import java.time.LocalDate;
import java.util.List;

/** An account as other features and pages read it. */
public record AccountView(Long id, AccountSystem system, String username, String holderUsername, String holderName,
                          String agencyCode, String unitCode, LocalDate grantedOn, AccountStatus status,
                          Long registrationId, List<AccountHistoryEntry> history) {
}
