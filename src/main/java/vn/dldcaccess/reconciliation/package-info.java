/**
 * Reconciliation with each system (issue 22): the system's own account list (a CSV or XLSX export) compared with
 * the register; each difference (an account created outside the process, a holder who has left, an account gone
 * from the system, a differing status) is work for the office until it is recorded, closed, corrected or
 * dismissed, and shows in the unit head's next review.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reconciliation with each system")
package vn.dldcaccess.reconciliation;
