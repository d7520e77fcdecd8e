package vn.dldcaccess.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mailFrom     sender address of every mail
 * @param digestCycle  when the daily digest of new group tasks goes out (Camunda cron, engine time zone);
 *                     a digest falling on a holiday waits for the next working day
 */
@ConfigurationProperties("dldc.notification")
record NotificationProperties(String mailFrom, String digestCycle) {
    NotificationProperties {
        mailFrom = mailFrom == null ? "dldc-access@localhost" : mailFrom;
        digestCycle = digestCycle == null ? "0 0 7 * * ?" : digestCycle;
    }
}
