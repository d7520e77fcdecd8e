package vn.dldcaccess.notification;

import java.time.Instant;

/** A message as the outbox page and tests read it; status OUTBOX (kept, no SMTP), PENDING or SENT. */
public record OutboxMessage(long id, String recipientUsername, String recipientEmail, String subject, String body,
                            String reference, String status, Instant createdAt, Instant sentAt, int attempts,
                            String lastError) {
}
