package vn.dldcaccess.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * @param file            the organization data file (YAML)
 * @param initialPassword password given to people created from the file; empty means a random one
 *                        (production: set it from the environment, or have the admin reset passwords)
 */
@ConfigurationProperties("dldc.organization")
record OrganizationProperties(Resource file, String initialPassword) {
}
