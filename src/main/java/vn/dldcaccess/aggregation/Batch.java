package vn.dldcaccess.aggregation;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;
import java.time.LocalDate;

/** One batch of agency letters sent by the aggregator to PC06. State changes only through guarded methods. */
@Entity
@Table(name = "agg_batch")
class Batch {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private BatchStatus status;
    /** 1 while new letters go to this batch; the unique index keeps one such batch. */
    @Column(name = "composing_slot")
    private Integer composingSlot;
    @Column(name = "composed_by")
    private String composedBy;
    @Column(name = "composed_at")
    private Instant composedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "leader_comment")
    private String leaderComment;
    @Column(name = "outgoing_number")
    private String outgoingNumber;
    @Column(name = "sent_date")
    private LocalDate sentDate;
    private String channel;
    @Column(name = "sent_by")
    private String sentBy;
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Version
    private int version;

    protected Batch() {
    }

    Batch(Instant createdAt) {
        this.status = BatchStatus.COMPOSING;
        this.composingSlot = 1;
        this.createdAt = createdAt;
    }

    /** The aggregator's staff (or the administrator standing in), or the schedule, fixes the list. */
    void compose(Actor actor, Instant at) {
        if (!actor.isSystem() && !actor.aggregatorClerk()) {
            throw new AggregationException(actor.username() + " may not compose batch " + id,
                    Wording.of("aggregation.batch.staffOnly"));
        }
        require(BatchStatus.COMPOSING, "compose");
        this.composingSlot = null;
        this.composedBy = actor.username();
        this.composedAt = at;
        this.leaderComment = null;
        this.status = BatchStatus.COMPOSED;
    }

    void attachDocument(long id) {
        this.documentId = id;
    }

    /** Only the aggregator's leader signs the letter to PC06 (or returns it), never one it is about (issue 23). */
    void sign(Actor leader, Deciders signers, Instant at) {
        requireLeader(leader, signers);
        require(BatchStatus.COMPOSED, "sign");
        this.signedBy = leader.username();
        this.signedAt = at;
        this.status = BatchStatus.SIGNED;
    }

    void returnForRecomposition(Actor leader, Deciders signers, String comment) {
        requireLeader(leader, signers);
        require(BatchStatus.COMPOSED, "returnIt");
        this.leaderComment = comment;
        this.status = BatchStatus.COMPOSING;
    }

    void send(String number, LocalDate date, String via, Actor actor) {
        if (!actor.aggregatorClerk()) {
            throw new AggregationException(actor.username() + " may not send batch " + id,
                    Wording.of("aggregation.batch.staffSendsOnly"));
        }
        require(BatchStatus.SIGNED, "send");
        this.outgoingNumber = number;
        this.sentDate = date;
        this.channel = via;
        this.sentBy = actor.username();
        this.status = BatchStatus.SENT;
    }

    void close(Instant at) {
        require(BatchStatus.SENT, "close");
        this.closedAt = at;
        this.status = BatchStatus.CLOSED;
    }

    private void requireLeader(Actor actor, Deciders signers) {
        if (!actor.has(Role.AGGREGATOR_LEADER)) {
            throw new AggregationException(actor.username() + " is no aggregator leader",
                    Wording.of("aggregation.batch.leaderOnly"));
        }
        if (signers.isSubject(actor)) {
            throw new AggregationException(actor.username() + " may not sign batch " + id + " about themself",
                    Wording.of("aggregation.batch.ownRequest", label(), actor.person().fullName()));
        }
    }

    /** @param action the step refused, as the bundle names it ("aggregation.batch.action.<action>") */
    private void require(BatchStatus expected, String action) {
        if (status != expected) {
            throw new AggregationException("Batch " + id + " is " + status + ", expected " + expected,
                    Wording.of("aggregation.batch.notInStatus", Wording.of("aggregation.batch.action." + action), label(),
                            status.label()));
        }
    }

    /** How people call it: the outgoing number once sent, else "đợt số N". */
    String label() {
        return outgoingNumber != null ? outgoingNumber : Messages.text("aggregation.batch.numberless", id);
    }

    Long id() { return id; }
    BatchStatus status() { return status; }
    String signedBy() { return signedBy; }
    Instant signedAt() { return signedAt; }
    String outgoingNumber() { return outgoingNumber; }
    LocalDate sentDate() { return sentDate; }
    String channel() { return channel; }
    Long documentId() { return documentId; }
    String leaderComment() { return leaderComment; }
}
