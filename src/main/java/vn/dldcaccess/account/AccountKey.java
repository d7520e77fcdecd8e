package vn.dldcaccess.account;

/**
 * One account of the register as a reconciliation compares it: no history, no password dates (issue 22).
 */
public record AccountKey(long id, AccountSystem system, String username, String holderUsername, String holderName,
                         String agencyCode, String unitCode, AccountStatus status) {
}
