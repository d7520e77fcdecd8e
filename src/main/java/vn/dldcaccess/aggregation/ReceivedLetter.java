package vn.dldcaccess.aggregation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A signed agency letter as the aggregator received it; a batch takes it at most once. */
@Entity
@Table(name = "agg_letter")
class ReceivedLetter {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "agency_letter_id")
    private long agencyLetterId;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "letter_number")
    private String letterNumber;
    @Column(name = "letter_date")
    private LocalDate letterDate;
    @Column(name = "document_id")
    private Long documentId;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "batch_id")
    private Long batchId;
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    // the key goes into the child's INSERT; without updatable = false Hibernate sets it again by an UPDATE per row
    @JoinColumn(name = "letter_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<BatchItem> items = new ArrayList<>();

    protected ReceivedLetter() {
    }

    ReceivedLetter(IncomingLetter in, List<BatchItem> items, Instant at) {
        this.agencyLetterId = in.agencyLetterId();
        this.agencyCode = in.agencyCode();
        this.letterNumber = in.letterNumber();
        this.letterDate = in.letterDate();
        this.documentId = in.documentId();
        this.receivedAt = at;
        this.items.addAll(items);
    }

    /** A letter is never in two batches: taken again by the same batch is a no-op. */
    void takeInto(long batch) {
        if (batchId != null && batchId != batch) {
            throw new AggregationException("Letter " + letterNumber + " already in batch " + batchId,
                    Wording.of("aggregation.letter.otherBatch", letterNumber));
        }
        this.batchId = batch;
        BatchContents.forget();
    }

    void release(long batch) {
        if (batchId != null && batchId == batch) {
            batchId = null;
            BatchContents.forget();
        }
    }

    Long id() { return id; }
    String agencyCode() { return agencyCode; }
    String letterNumber() { return letterNumber; }
    LocalDate letterDate() { return letterDate; }
    Long documentId() { return documentId; }
    Long batchId() { return batchId; }
    List<BatchItem> items() { return items; }
}
