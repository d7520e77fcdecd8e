package vn.dldcaccess.organization;

/**
 * Engine group ids. Scoped groups carry the unit or agency code so that a task for a unit head is visible
 * to that unit's heads only, and an office's tasks to that agency's office only.
 */
public final class Groups {
    public static final String APPLICANTS = "applicants";
    public static final String AGGREGATOR = "aggregator";
    public static final String AGGREGATOR_LEADERS = "aggregator-leaders";
    public static final String PC06 = "pc06";
    public static final String TTHC_ADMINS = "tthc-admins";
    public static final String ADMINS = "camunda-admin";

    private Groups() {
    }

    /** The engine group a role puts its holder in (scoped roles by unit or agency). */
    public static String of(Role role, String agencyCode, String unitCode) {
        return switch (role) {
            case APPLICANT -> APPLICANTS;
            case UNIT_HEAD -> unitHeads(unitCode);
            case AGENCY_OFFICE -> agencyOffice(agencyCode);
            case DIRECTOR -> directors(agencyCode);
            case AGGREGATOR -> AGGREGATOR;
            case AGGREGATOR_LEADER -> AGGREGATOR_LEADERS;
            case PC06 -> PC06;
            case TTHC_ADMIN -> TTHC_ADMINS;
            case ADMIN -> ADMINS;
        };
    }

    public static String unitHeads(String unitCode) {
        return "unit-head-" + unitCode;
    }

    public static String agencyOffice(String agencyCode) {
        return "office-" + agencyCode;
    }

    public static String directors(String agencyCode) {
        return "director-" + agencyCode;
    }
}
