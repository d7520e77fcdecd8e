package vn.dldcaccess.aggregation;

/** Published in the transaction that records PC06's confirmation of a revocation, once per request. */
public record Pc06RevocationConfirmed(long revocationItemId, String reference) {
}
