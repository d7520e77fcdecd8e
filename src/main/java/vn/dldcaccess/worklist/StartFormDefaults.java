package vn.dldcaccess.worklist;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.FormChoices;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a start form already knows about the person logged in, from the organization file: her own details on
 * form 1658 and the choices each form offers her (her agency's units, her colleagues by name). The server still
 * checks every value; this only spares her typing what the application knows.
 */
@Component
class StartFormDefaults {
    private final OrganizationDirectory organization;
    private final FormChoices choices;

    StartFormDefaults(OrganizationDirectory organization, FormChoices choices) {
        this.organization = organization;
        this.choices = choices;
    }

    /** Process key → the start form's values; empty for a person the organization file does not know. */
    Map<String, Map<String, Object>> of(String username) {
        PersonInfo p = organization.person(username).orElse(null);
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        if (p == null) {
            return out;
        }
        Map<String, Object> form1658 = new LinkedHashMap<>();
        form1658.put("fullName", p.fullName());
        form1658.put("position", p.position() == null ? "" : p.position());
        if (p.unitCode() != null) {
            form1658.put("unitCode", p.unitCode());
        }
        String domain = "@" + organization.province().emailDomain();
        if (p.email() != null && p.email().toLowerCase().endsWith(domain.toLowerCase())) {
            form1658.put("officialEmail", p.email());
        }
        form1658.put("unitOptions", choices.units(p.agencyCode()));
        out.put("Process_AccountRegistration", form1658);

        out.put("Process_AuthorizationLetter", Map.of("delegateOptions",
                choices.people(p.agencyCode(), null, p.username())));
        // a unit head reports the people of her unit, the office anyone of the agency, never herself
        // (LeaverReportInput.mayReport)
        boolean office = p.has(Role.AGENCY_OFFICE);
        if (office || p.has(Role.UNIT_HEAD)) {
            out.put("Process_AccountRevocation", Map.of("personOptions",
                    choices.people(p.agencyCode(), office ? null : p.unitCode(), p.username())));
        }
        if (office) {
            // nobody enters her own account (account.Account: another of the office, or the administrator)
            out.put("Process_AccountRecording", Map.of("holderOptions",
                    choices.people(p.agencyCode(), null, p.username())));
        }
        return out;
    }
}
