/** Messages to people (reminders, escalations, decisions), kept in an outbox table before any sending. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package vn.dldcaccess.notification;
