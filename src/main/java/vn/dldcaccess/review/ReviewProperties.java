package vn.dldcaccess.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param scheduleCycle        when every agency's campaign starts (Quartz-style cron; default quarterly)
 * @param dueWorkingDays       working days the unit heads have
 * @param escalationWorkingDays working days after the due date before the agency office is told
 */
@ConfigurationProperties("dldc.review")
record ReviewProperties(String scheduleCycle, int dueWorkingDays, int escalationWorkingDays) {
    ReviewProperties {
        scheduleCycle = scheduleCycle == null ? "0 0 8 1 1,4,7,10 ?" : scheduleCycle;
        dueWorkingDays = dueWorkingDays <= 0 ? 10 : dueWorkingDays;
        escalationWorkingDays = escalationWorkingDays <= 0 ? 3 : escalationWorkingDays;
    }
}
