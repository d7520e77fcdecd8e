/**
 * Authentication shared by the engine REST API, the Camunda webapps and the application's own endpoints,
 * and how the engine REST API answers people's mistakes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security and REST facade")
package vn.dldcaccess.security;
