/** The agency's official letter ("công văn đề nghị cấp tài khoản") compiling its confirmed requests. */
@org.springframework.modulith.ApplicationModule(displayName = "Agency submission")
package vn.dldcaccess.submission;
