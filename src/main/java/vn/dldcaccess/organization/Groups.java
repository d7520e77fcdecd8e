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
