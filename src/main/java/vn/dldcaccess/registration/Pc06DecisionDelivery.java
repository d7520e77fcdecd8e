package vn.dldcaccess.registration;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.shared.Wording;

/**
 * Tells a registration PC06's decision on it (Message_PC06Decision), exactly once: the same decision again is
 * a no-op, a different one is refused.
 */
@Component
public class Pc06DecisionDelivery {
    private final RegistrationRepository registrations;
    private final RuntimeService runtime;

    Pc06DecisionDelivery(RegistrationRepository registrations, RuntimeService runtime) {
        this.registrations = registrations;
        this.runtime = runtime;
    }

    /** @return whether the decision was delivered now (false: the same decision had been before) */
    @Transactional
    public boolean deliver(long registrationId, boolean approved, String reason) {
        Registration r = registrations.findById(registrationId).orElseThrow(() -> new RegistrationStateException(
                "No registration " + registrationId, Wording.of("registration.notFound")));
        if (r.hasPc06Decision(approved)) {
            return false;
        }
        runtime.createMessageCorrelation(AccountRegistrationProcess.MESSAGE_PC06_DECISION)
                .processInstanceBusinessKey(r.requestNumber())
                .setVariable(AccountRegistrationProcess.PC06_DECISION.name(), approved ? "APPROVED" : "REJECTED")
                .setVariable(AccountRegistrationProcess.PC06_REASON.name(), reason)
                .correlate();
        return true;
    }
}
