package vn.dldcaccess.authorization;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyMerged;

import java.util.Arrays;

/** An agency merged into another (issue 22 part 2): its giấy ủy quyền not ended go on there. */
@Component
class AuthorizationAgencyMerger {
    private final AuthorizationRepository authorizations;
    private final AuthorizationRegister register;

    AuthorizationAgencyMerger(AuthorizationRepository authorizations, AuthorizationRegister register) {
        this.authorizations = authorizations;
        this.register = register;
    }

    @EventListener
    void on(AgencyMerged merged) {
        var open = Arrays.stream(AuthorizationStatus.values()).filter(AuthorizationStatus::isOpen).toList();
        for (Authorization a : authorizations.findByAgencyCodeAndStatusIn(merged.from(), open)) {
            a.moveToAgency(merged.into());
            register.track(a, Actor.SYSTEM_NAME, merged.detail());
        }
    }
}
