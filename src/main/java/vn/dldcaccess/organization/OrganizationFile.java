package vn.dldcaccess.organization;

import java.util.List;

/**
 * The shape of the organization data file.
 *
 * @param mergers agencies that became another from a date (issue 22: Decree 45/2025/NĐ-CP, Resolution
 *                202/2025/QH15); absent or empty when none
 */
record OrganizationFile(Province province, List<Agency> agencies, List<Person> people, List<Merger> mergers) {

    /** The file's mergers, never null. */
    List<Merger> mergersOrNone() {
        return mergers == null ? List.of() : mergers;
    }

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

    /**
     * Agency {@code from} became {@code into} from day {@code on} (ISO date): merged into it, or renamed under a new
     * code. {@code from} is no longer among the file's agencies; its people are listed under {@code into}.
     *
     * @param basis the decision it follows, as documents name it (e.g. "Nghị định 45/2025/NĐ-CP"), optional
     */
    record Merger(String from, String into, String on, String basis) {
    }
}
