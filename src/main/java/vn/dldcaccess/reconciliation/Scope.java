package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Wording;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Role;

/**
 * Who reconciles what: the TTHC administrators every DLDC account of the province (they provision and close them);
 * an agency office its own agency's iOffice and official e-mail accounts; the application's administrator either,
 * naming the agency. Nobody else uploads, sees or acts on a run.
 */
final class Scope {
    private Scope() {
    }

    /** The agency a new run covers (null: the whole province, for DLDC); refused in Vietnamese otherwise. */
    static String forNewRun(Actor actor, AccountSystem system, String agencyAsked) {
        String asked = agencyAsked == null || agencyAsked.isBlank() ? null : agencyAsked.strip();
        if (system == AccountSystem.DLDC_TTHC) {
            if (actor.has(Role.TTHC_ADMIN) || actor.admin()) {
                return null;
            }
            throw refused(actor, system);
        }
        if (actor.has(Role.AGENCY_OFFICE) && (asked == null || asked.equals(actor.agencyCode()))) {
            return actor.agencyCode();
        }
        if ((actor.admin() || actor.isSystem()) && asked != null) {
            // the application's schedule reconciles each agency by name
            return asked;
        }
        throw refused(actor, system);
    }

    /** Whether the actor may see a run and act on its differences: the same people who may have run it. */
    static boolean mayAccess(Actor actor, AccountSystem system, String agency) {
        if (actor.admin()) {
            return true;
        }
        return system == AccountSystem.DLDC_TTHC ? actor.has(Role.TTHC_ADMIN) : actor.isOfficeOf(agency);
    }

    static void requireAccess(Actor actor, ReconciliationRun run) {
        if (!mayAccess(actor, run.system(), run.agencyCode())) {
            throw refused(actor, run.system());
        }
    }

    private static ReconciliationException refused(Actor actor, AccountSystem system) {
        return new ReconciliationException.Forbidden(actor.username() + " may not reconcile " + system,
                system == AccountSystem.DLDC_TTHC ? Wording.of("reconciliation.scope.tthcOnly")
                        : Wording.of("reconciliation.scope.officeOnly", system.label()));
    }
}
