/**
 * The province's organization as data: agencies, units, people and their roles, loaded from a file and
 * mirrored into the engine's users, groups and authorizations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package vn.dldcaccess.organization;
