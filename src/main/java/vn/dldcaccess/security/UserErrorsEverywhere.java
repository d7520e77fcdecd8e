package vn.dldcaccess.security;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link UserErrorMapper}'s mappers in every Jersey application of the server: the engine REST API and
 * the webapps' own APIs that the Tasklist, Cockpit and Admin call (which Camunda configures itself, out of
 * Spring's reach). Listed in META-INF/services.
 */
public class UserErrorsEverywhere implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
        for (Class<?> mapper : UserErrorMapper.MAPPERS) {
            if (!context.getConfiguration().isRegistered(mapper)) {
                context.register(mapper);
            }
        }
    }
}
