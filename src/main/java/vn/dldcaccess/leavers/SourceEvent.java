package vn.dldcaccess.leavers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A difference found in the source, and what became of it; its key is unique (it starts one process only). */
@Entity
@Table(name = "lvr_source_event")
class SourceEvent {
    enum Status { STARTED, CLOSING, NOTHING_TO_CLOSE, CORRECTED, CANCELLED, WAITING, CONFIRMED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_key")
    private String eventKey;
    @Enumerated(EnumType.STRING)
    private SourceChangeKind kind;
    @Column(name = "person_username")
    private String personUsername;
    @Column(name = "event_date")
    private LocalDate eventDate;
    @Column(name = "old_agency")
    private String oldAgency;
    @Column(name = "old_unit")
    private String oldUnit;
    @Column(name = "new_agency")
    private String newAgency;
    @Column(name = "new_unit")
    private String newUnit;
    @Column(name = "source_hash")
    private String sourceHash;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "closing_key")
    private String closingKey;
    @Column(name = "created_at")
    private Instant createdAt;

    protected SourceEvent() {
    }

    SourceEvent(SourceDiff.Change c, String sourceHash, Instant at) {
        this.eventKey = c.key();
        this.kind = c.kind();
        this.personUsername = c.username();
        this.eventDate = c.on();
        this.oldAgency = c.oldAgency();
        this.oldUnit = c.oldUnit();
        this.newAgency = c.newAgency();
        this.newUnit = c.newUnit();
        this.sourceHash = sourceHash;
        this.status = Status.STARTED;
        this.createdAt = at;
    }

    /** A version of the source held back: one per version (its hash). */
    static SourceEvent held(String sourceHash, LocalDate on, Instant at) {
        SourceEvent e = new SourceEvent();
        e.eventKey = "HELD:" + sourceHash;
        e.kind = SourceChangeKind.HELD;
        e.eventDate = on;
        e.sourceHash = sourceHash;
        e.status = Status.WAITING;
        e.createdAt = at;
        return e;
    }

    void opened(String key) {
        this.closingKey = key;
        this.status = key == null ? Status.NOTHING_TO_CLOSE : Status.CLOSING;
    }

    void corrected(LocalDate handover) {
        this.eventDate = handover;
        this.status = Status.CORRECTED;
    }

    void setStatus(Status status) {
        this.status = status;
    }

    Long id() { return id; }
    String eventKey() { return eventKey; }
    SourceChangeKind kind() { return kind; }
    String personUsername() { return personUsername; }
    LocalDate eventDate() { return eventDate; }
    String oldAgency() { return oldAgency; }
    String oldUnit() { return oldUnit; }
    String newAgency() { return newAgency; }
    String newUnit() { return newUnit; }
    String sourceHash() { return sourceHash; }
    Status status() { return status; }
    String closingKey() { return closingKey; }
}
