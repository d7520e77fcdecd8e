package vn.dldcaccess.account;

/** Published in the transaction that closes an account: its lifecycle and authorizations end with it. */
public record AccountClosed(long accountId, String holderUsername) {
}
