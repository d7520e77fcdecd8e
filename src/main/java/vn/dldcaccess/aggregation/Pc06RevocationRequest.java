package vn.dldcaccess.aggregation;

/**
 * A DLDC account that revocation asks PC06 to revoke.
 *
 * @param revocationItemId the revocation's item: the confirmation comes back for it ({@link Pc06RevocationConfirmed})
 * @param reference        the revocation's business key
 */
public record Pc06RevocationRequest(long revocationItemId, String reference, String agencyCode, String personUsername,
                                    String personName, String accountUsername, String reason) {
}
