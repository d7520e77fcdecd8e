package vn.dldcaccess.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A group task one person may take, waiting for that person's daily digest. */
@Entity
@Table(name = "ntf_digest_entry")
class DigestEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "recipient_username")
    private String recipientUsername;
    @Column(name = "task_name")
    private String taskName;
    @Column(name = "process_name")
    private String processName;
    @Column(name = "business_key")
    private String businessKey;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "digested_at")
    private Instant digestedAt;

    protected DigestEntry() {
    }

    DigestEntry(String recipientUsername, String taskName, String processName, String businessKey, Instant createdAt) {
        this.recipientUsername = recipientUsername;
        this.taskName = taskName;
        this.processName = processName;
        this.businessKey = businessKey;
        this.createdAt = createdAt;
    }

    void digested(Instant at) {
        this.digestedAt = at;
    }

    String recipientUsername() { return recipientUsername; }
    String taskName() { return taskName; }
    String processName() { return processName; }
    String businessKey() { return businessKey; }
    Instant createdAt() { return createdAt; }
}
