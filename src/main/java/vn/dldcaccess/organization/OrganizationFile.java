package vn.dldcaccess.organization;

import java.util.List;

/** The shape of the organization data file. */
record OrganizationFile(Province province, List<Agency> agencies, List<Person> people) {

    record Province(String name, String placeName, String emailDomain) {
    }

    /** @param signing per document kind, how it is signed digitally (kinds not named: not at all) */
    record Agency(String code, AgencyKind kind, String name, String parentBody, String symbol, String officeSymbol,
                  String signerTitle, List<Unit> units, java.util.Map<String, SigningMode> signing) {
    }

    record Unit(String code, String name) {
    }

    /**
     * @param certificateSubject the subject DN of the person's own signing certificate, if they sign with it
     * @param left               the day the person left (ISO date, e.g. 2026-12-01): their accounts are closed
     *                           with that day as the handover (issue 22); absent while they are with us
     */
    record Person(String username, String fullName, String email, String position, String agency, String unit,
                  List<Role> roles, String certificateSubject, String left) {
    }
}
