package vn.dldcaccess.account;

import java.time.LocalDate;
import java.util.List;

/**
 * An account as other features and pages read it.
 *
 * @param passwordChangedOn the last confirmed password change (null: none since the grant)
 * @param passwordDueOn     when the next change is due
 * @param passwordOverdue   whether that day has passed on an account that is not closed
 */
public record AccountView(Long id, AccountSystem system, String username, String holderUsername, String holderName,
                          String agencyCode, String unitCode, LocalDate grantedOn, AccountStatus status,
                          Long registrationId, List<AccountHistoryEntry> history, LocalDate passwordChangedOn,
                          LocalDate passwordDueOn, boolean passwordOverdue) {
}
