package vn.dldcaccess.security;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Registers {@link UserErrorMapper} in every Jersey application of the server: the engine REST API and the
 * webapps' own API that the Tasklist calls (which Camunda configures itself, out of Spring's reach).
 * Listed in META-INF/services.
 */
public class UserErrorsEverywhere implements ForcedAutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(UserErrorMapper.class)) {
            context.register(UserErrorMapper.class);
        }
    }
}
