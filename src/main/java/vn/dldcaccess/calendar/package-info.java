/** Working days: Monday–Friday minus the public holidays of each year (data), plus make-up working Saturdays. */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.dldcaccess.calendar;
