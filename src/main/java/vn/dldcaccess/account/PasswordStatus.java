package vn.dldcaccess.account;

import java.time.LocalDate;

/**
 * What the password timers need of an account, read without its history.
 *
 * @param passwordChangedOn the last confirmed change (null: none since the grant)
 */
public record PasswordStatus(long accountId, AccountSystem system, String username, String holderUsername,
                             AccountStatus status, LocalDate grantedOn, LocalDate passwordChangedOn,
                             LocalDate passwordDueOn) {
}
