package vn.dldcaccess.lifecycle;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Working days after a password change fell due: a reminder to the holder, then the unit head, then the
 * agency office are told.
 */
@ConfigurationProperties("dldc.lifecycle")
record LifecycleProperties(int reminderWorkingDays, int unitHeadWorkingDays, int officeWorkingDays) {
    LifecycleProperties {
        reminderWorkingDays = reminderWorkingDays <= 0 ? 1 : reminderWorkingDays;
        unitHeadWorkingDays = unitHeadWorkingDays <= 0 ? 3 : unitHeadWorkingDays;
        officeWorkingDays = officeWorkingDays <= 0 ? 7 : officeWorkingDays;
    }
}
