package vn.dldcaccess.revocation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param deadlineDays        days after the handover by which every account is closed ("05 ngày")
 * @param workingDays         count those days as working days instead of calendar days
 * @param reminderDaysBefore  remind the administrators this many days before the deadline
 * @param digestCycle         when the agency office gets its daily list of pending closures
 */
@ConfigurationProperties("dldc.revocation")
record RevocationProperties(int deadlineDays, boolean workingDays, int reminderDaysBefore, String digestCycle) {
    RevocationProperties {
        deadlineDays = deadlineDays <= 0 ? 5 : deadlineDays;
        reminderDaysBefore = reminderDaysBefore <= 0 ? 2 : reminderDaysBefore;
        digestCycle = digestCycle == null ? "0 30 7 * * ?" : digestCycle;
    }
}
