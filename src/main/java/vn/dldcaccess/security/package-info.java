/** Authentication shared by the engine REST API, the Camunda webapps and the application's own endpoints. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package vn.dldcaccess.security;
