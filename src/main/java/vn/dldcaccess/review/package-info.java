/**
 * Account reviews (letter 2932 §5): each unit head goes through every account of the unit on every system,
 * keeps it or marks it for closure; marked accounts go to revocation; each unit's result is a PDF report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account reviews")
package vn.dldcaccess.review;
