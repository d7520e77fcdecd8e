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

    protected Notification() {
    }

    Notification(String recipientUsername, String recipientEmail, String subject, String body, String reference,
                 Instant createdAt) {
        this.recipientUsername = recipientUsername;
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.body = body;
        this.reference = reference;
        this.status = "PENDING";
        this.createdAt = createdAt;
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
