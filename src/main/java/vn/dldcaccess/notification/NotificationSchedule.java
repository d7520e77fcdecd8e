package vn.dldcaccess.notification;

import org.springframework.stereotype.Component;

/** Timer of Process_TaskDigest, read by its timer expression (hence public). */
@Component("notificationSchedule")
public class NotificationSchedule {
    private final NotificationProperties properties;

    NotificationSchedule(NotificationProperties properties) {
        this.properties = properties;
    }

    public String digestCycle() {
        return properties.digestCycle();
    }
}
