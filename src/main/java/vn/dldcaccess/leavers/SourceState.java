package vn.dldcaccess.leavers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The last version of a source taken in (its hash), and why the latest was not, if it was not. */
@Entity
@Table(name = "lvr_source_state")
class SourceState {
    @Id
    private String source;
    @Column(name = "source_hash")
    private String sourceHash;
    private String note;
    @Column(name = "checked_at")
    private Instant checkedAt;

    protected SourceState() {
    }

    SourceState(String source, Instant at) {
        this.source = source;
        this.sourceHash = "";
        this.checkedAt = at;
    }

    void takenIn(String hash, Instant at) {
        this.sourceHash = hash;
        this.note = null;
        this.checkedAt = at;
    }

    void notTakenIn(String why, Instant at) {
        this.note = why.length() > 1000 ? why.substring(0, 1000) : why;
        this.checkedAt = at;
    }

    String sourceHash() { return sourceHash; }
    String note() { return note; }
}
