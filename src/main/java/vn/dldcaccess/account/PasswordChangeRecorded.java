package vn.dldcaccess.account;

/** A holder confirmed a password change; on time when it was made no later than the day it fell due. */
public record PasswordChangeRecorded(long accountId, String agencyCode, String unitCode, boolean onTime) {
}
