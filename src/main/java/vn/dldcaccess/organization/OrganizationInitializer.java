package vn.dldcaccess.organization;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the organization at every start: the file is the truth, loading twice changes nothing. */
@Component
@Order(10)
class OrganizationInitializer implements ApplicationRunner {
    private final OrganizationLoader loader;
    private final EngineIdentitySync identitySync;

    OrganizationInitializer(OrganizationLoader loader, EngineIdentitySync identitySync) {
        this.loader = loader;
        this.identitySync = identitySync;
    }

    @Override
    public void run(ApplicationArguments args) {
        vn.dldcaccess.shared.TransientRetry.run("Loading the organization", () -> identitySync.sync(loader.load()));
    }
}
