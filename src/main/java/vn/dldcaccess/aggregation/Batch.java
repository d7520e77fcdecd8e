package vn.dldcaccess.aggregation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    void compose(String actor, Instant at) {
        require(BatchStatus.COMPOSING, "chốt danh sách");
        this.composingSlot = null;
        this.composedBy = actor;
        this.composedAt = at;
        this.leaderComment = null;
        this.status = BatchStatus.COMPOSED;
    }

    void attachDocument(long id) {
        this.documentId = id;
    }

    void sign(String leader, Instant at) {
        require(BatchStatus.COMPOSED, "ký");
        this.signedBy = leader;
        this.signedAt = at;
        this.status = BatchStatus.SIGNED;
    }

    void returnForRecomposition(String comment) {
        require(BatchStatus.COMPOSED, "trả lại");
        this.leaderComment = comment;
        this.status = BatchStatus.COMPOSING;
    }

    void send(String number, LocalDate date, String via, String actor) {
        require(BatchStatus.SIGNED, "gửi");
        this.outgoingNumber = number;
        this.sentDate = date;
        this.channel = via;
        this.sentBy = actor;
        this.status = BatchStatus.SENT;
    }

    void close(Instant at) {
        require(BatchStatus.SENT, "đóng");
        this.closedAt = at;
        this.status = BatchStatus.CLOSED;
    }

    private void require(BatchStatus expected, String actionVi) {
        if (status != expected) {
            throw new AggregationException("Batch " + id + " is " + status + ", expected " + expected,
                    "Không thể " + actionVi + " đợt " + label() + " ở trạng thái \"" + status.label() + "\".");
        }
    }

    /** How people call it: the outgoing number once sent, else "đợt số N". */
    String label() {
        return outgoingNumber != null ? outgoingNumber : "số " + id;
    }

    Long id() { return id; }
    BatchStatus status() { return status; }
    String signedBy() { return signedBy; }
    String outgoingNumber() { return outgoingNumber; }
    LocalDate sentDate() { return sentDate; }
    String channel() { return channel; }
    Long documentId() { return documentId; }
    String leaderComment() { return leaderComment; }
}
