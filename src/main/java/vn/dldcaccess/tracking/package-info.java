/**
 * What the agency office and the people concerned look up: the register of every request (kept from the
 * features' {@link vn.dldcaccess.shared.RequestStep} events), its timeline, exports and dashboard, and each
 * person's accounts with their password dates and authorizations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package vn.dldcaccess.tracking;
