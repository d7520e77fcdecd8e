package vn.dldcaccess.registration;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.shared.Wording;

/**
 * Tells a registration that a signed agency letter lists it (Message_IncludedInAgencyLetter), exactly once:
 * the same letter again is a no-op, another letter is refused.
 */
@Component
public class AgencyLetterInclusion {
    private final RegistrationRepository registrations;
    private final RuntimeService runtime;

    AgencyLetterInclusion(RegistrationRepository registrations, RuntimeService runtime) {
        this.registrations = registrations;
        this.runtime = runtime;
    }

    /** @return whether the message was delivered now (false: it had been before) */
    @Transactional
    public boolean deliver(long registrationId, long letterId) {
        Registration r = registrations.findById(registrationId).orElseThrow(() -> new RegistrationStateException(
                "No registration " + registrationId, Wording.of("registration.notFound")));
        // the entity decides; the process records the inclusion itself when the message arrives
        if (r.isInLetter(letterId)) {
            return false;
        }
        runtime.createMessageCorrelation(AccountRegistrationProcess.MESSAGE_INCLUDED_IN_AGENCY_LETTER)
                .processInstanceBusinessKey(r.requestNumber())
                .setVariable(AccountRegistrationProcess.AGENCY_LETTER_ID.name(), letterId)
                .correlate();
        return true;
    }
}
