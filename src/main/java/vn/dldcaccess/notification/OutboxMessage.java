package vn.dldcaccess.notification;

public record OutboxMessage(String recipientUsername, String subject, String body, String reference) {
}
