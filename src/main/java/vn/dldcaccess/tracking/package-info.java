/**
 * What the agency office and the people concerned look up: for now each person's accounts with their password
 * dates and authorizations (issue 7 grows this into the office's tracking register).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package vn.dldcaccess.tracking;
