package vn.dldcaccess.reconciliation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mailDirectoryCycle when the official e-mail accounts of every agency are compared with the mail directory
 *                           by themselves (a Camunda timer cycle; nothing is done while no mail directory is
 *                           configured): nightly at 01:30 unless the province says otherwise
 */
@ConfigurationProperties("dldc.reconciliation.schedule")
record ReconciliationScheduleProperties(String mailDirectoryCycle) {
    ReconciliationScheduleProperties {
        mailDirectoryCycle = mailDirectoryCycle == null || mailDirectoryCycle.isBlank() ? "0 30 1 * * ?"
                : mailDirectoryCycle;
    }
}
