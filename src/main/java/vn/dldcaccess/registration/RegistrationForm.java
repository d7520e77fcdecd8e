package vn.dldcaccess.registration;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** A form 1658 that passed every rule: normalized, typed, ready to store. */
record RegistrationForm(String fullName, LocalDate dateOfBirth, Gender gender, CitizenId citizenId, String position,
                        String unitCode, String agencyCode, String duties, MobilePhone mobilePhone,
                        OfficialEmail officialEmail, String tthcUsername, Set<AccessScope> accessScope,
                        String purpose, String note) {

    RegistrationForm {
        accessScope = Set.copyOf(EnumSet.copyOf(accessScope));
    }

    String accessScopeCode() {
        return EnumSet.copyOf(accessScope).stream().map(Enum::name).reduce((a, b) -> a + "," + b).orElseThrow();
    }
}
