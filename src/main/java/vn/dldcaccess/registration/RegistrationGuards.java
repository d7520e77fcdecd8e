package vn.dldcaccess.registration;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.shared.Wording;

/** Who may act on a registration, and in which state: the checks its state changes run before they change it. */
final class RegistrationGuards {
    private RegistrationGuards() {
    }

    /**
     * Nobody acts on her own request (issue 23): another of the TTHC administrators provisions it.
     *
     * @param action the step refused, as the bundle names it ("registration.action.<action>")
     */
    static void requireNotApplicant(Registration r, Actor actor, String action) {
        if (actor.is(r.applicantUsername())) {
            throw new RegistrationStateException(actor.username() + " may not act on own request " + r.requestNumber(),
                    Wording.of("registration.provision.notOwn", Wording.of("registration.action." + action),
                            r.requestNumber()));
        }
    }

    static void require(Registration r, RegistrationStatus expected, String action) {
        if (r.status() != expected) {
            throw new RegistrationStateException("Request " + r.requestNumber() + " is " + r.status() + ", expected "
                    + expected, Wording.of("registration.status.notAllowed", Wording.of("registration.action." + action),
                    r.requestNumber(), r.status().label()));
        }
    }

    /**
     * Only a head of the request's own unit confirms, returns or rejects it, and never the applicant herself (issue
     * 23): a head's own request goes to the unit's other heads, or to the agency office when he is its only head.
     */
    static void requireDecider(Registration r, Actor actor, Deciders deciders) {
        if (actor.is(r.applicantUsername()) || deciders.isSubject(actor)) {
            throw new RegistrationStateException(actor.username() + " may not decide on own request " + r.requestNumber(),
                    Wording.of(deciders.officeStandsIn() ? "registration.decision.notOwnOffice"
                            : "registration.decision.notOwnOtherHead", r.requestNumber()));
        }
        if (!deciders.mayDecideForUnit(actor, r.unitCode())) {
            throw new RegistrationStateException(actor.username() + " is no decider of " + r.requestNumber(),
                    deciders.officeStandsIn()
                            ? Wording.of("registration.decision.officeOnly") : Wording.of("registration.decision.headsOnly"));
        }
    }
}
