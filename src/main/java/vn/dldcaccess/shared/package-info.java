/** Small helpers every feature's glue needs: reading what the Tasklist and portals submit. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared form values")
package vn.dldcaccess.shared;
