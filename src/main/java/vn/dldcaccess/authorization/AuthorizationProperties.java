package vn.dldcaccess.authorization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param maxDays the longest period one letter may cover */
@ConfigurationProperties("dldc.authorization")
record AuthorizationProperties(int maxDays) {
    AuthorizationProperties {
        maxDays = maxDays <= 0 ? 30 : maxDays;
    }
}
