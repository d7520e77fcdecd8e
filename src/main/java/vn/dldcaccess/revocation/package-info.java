/**
 * A person leaving or moving (letter 2932 §5): every account on every system closed no later than 5 days
 * after the handover, authorizations ended at once, and a notice of what was closed and when.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Revocation")
package vn.dldcaccess.revocation;
