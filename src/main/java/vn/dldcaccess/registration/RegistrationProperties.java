package vn.dldcaccess.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param confirmationReminderWorkingDays  working days before the unit heads are reminded of a waiting request
 * @param confirmationEscalationWorkingDays working days before the agency office is told the request waits
 */
@ConfigurationProperties("dldc.registration")
record RegistrationProperties(int confirmationReminderWorkingDays, int confirmationEscalationWorkingDays) {
}
