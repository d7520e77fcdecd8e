package vn.dldcaccess.account;

/** Published in the transaction that enters an active account: its lifecycle starts with it. */
public record AccountOpened(long accountId, AccountSystem system, String holderUsername, String agencyCode,
                            String unitCode) {
}
