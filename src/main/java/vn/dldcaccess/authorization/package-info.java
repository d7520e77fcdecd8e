/**
 * Authorization letters (giấy ủy quyền, letter 2932 §4): a holder who is away lets a colleague of the same
 * agency use the account for a bounded period, approved by the unit head, with each party's responsibilities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Authorization letters")
package vn.dldcaccess.authorization;
