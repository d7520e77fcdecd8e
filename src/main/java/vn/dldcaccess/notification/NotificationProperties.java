package vn.dldcaccess.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param mailFrom     sender address of every mail
 * @param digestCycle  when the daily digest of new group tasks goes out (Camunda cron, engine time zone);
 *                     a digest falling on a holiday waits for the next working day
 * @param publicUrl    where people reach the application (the links in mails); empty: the address the server
 *                     actually listens on (see {@link PublicAddress})
 */
@ConfigurationProperties("dldc.notification")
record NotificationProperties(String mailFrom, String digestCycle, String publicUrl) {
    NotificationProperties {
        mailFrom = mailFrom == null ? "dldc-access@localhost" : mailFrom;
        digestCycle = digestCycle == null ? "0 0 7 * * ?" : digestCycle;
        publicUrl = publicUrl == null ? "" : publicUrl.strip();
    }
}
