/** Registration on form 1658: one applicant's request from the Tasklist form to the agency's letter. */
@org.springframework.modulith.ApplicationModule(displayName = "Registration")
package vn.dldcaccess.registration;
