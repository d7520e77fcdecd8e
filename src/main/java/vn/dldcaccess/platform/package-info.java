/** Tuning of the process engine's own tables for this application's load. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package vn.dldcaccess.platform;
