/**
 * The account register: every account of a person on DLDC_TTHC, VNPT-iOffice and official e-mail, its status
 * and the history of who changed it and when.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Account register")
package vn.dldcaccess.account;
