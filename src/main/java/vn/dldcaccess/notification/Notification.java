package vn.dldcaccess.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "ntf_notification")
class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient_username")
    private String recipientUsername;
    @Column(name = "recipient_email")
    private String recipientEmail;
    private String subject;
    private String body;
    private String reference;
    private String status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    private int attempts;
    @Column(name = "last_error")
    private String lastError;

    /** Kept and shown by the application: no SMTP server is configured. */
    static final String OUTBOX = "OUTBOX";
    /** Queued for sending; a delivery job retries it until it is sent. */
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";

    protected Notification() {
    }

    Notification(String recipientUsername, String recipientEmail, String subject, String body, String reference,
                 Instant createdAt, boolean mail) {
        this.recipientUsername = recipientUsername;
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.body = body;
        this.reference = reference;
        this.status = mail ? PENDING : OUTBOX;
        this.createdAt = createdAt;
    }

    /** @return false when it had been sent already (a retried job after a lost acknowledgement) */
    boolean markSent(Instant at) {
        if (SENT.equals(status)) {
            return false;
        }
        status = SENT;
        sentAt = at;
        attempts++;
        lastError = null;
        return true;
    }

    void recordFailure(String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    Long id() {
        return id;
    }

    String status() {
        return status;
    }

    String recipientEmail() {
        return recipientEmail;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant sentAt() {
        return sentAt;
    }

    int attempts() {
        return attempts;
    }

    String lastError() {
        return lastError;
    }

    String recipientUsername() {
        return recipientUsername;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    String reference() {
        return reference;
    }
}
