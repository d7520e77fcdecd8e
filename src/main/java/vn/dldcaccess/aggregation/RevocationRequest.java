package vn.dldcaccess.aggregation;

import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.time.Instant;

/** A DLDC account to revoke ("đề nghị thu hồi tài khoản"): it joins the next batch; PC06 confirms it once. */
@Entity
@Table(name = "agg_revocation")
class RevocationRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "revocation_item_id")
    private long revocationItemId;
    private String reference;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "person_username")
    private String personUsername;
    @Column(name = "person_name")
    private String personName;
    @Column(name = "account_username")
    private String accountUsername;
    private String reason;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "batch_id")
    private Long batchId;
    @Column(name = "confirmed_at")
    private Instant confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;

    protected RevocationRequest() {
    }

    RevocationRequest(Pc06RevocationRequest in, Instant at) {
        this.revocationItemId = in.revocationItemId();
        this.reference = in.reference();
        this.agencyCode = in.agencyCode();
        this.personUsername = in.personUsername();
        this.personName = in.personName();
        this.accountUsername = in.accountUsername();
        this.reason = in.reason();
        this.requestedAt = at;
    }

    void takeInto(long batch) {
        if (batchId != null && batchId != batch) {
            throw new AggregationException("Revocation " + id + " already in batch " + batchId,
                    Wording.of("aggregation.revocation.otherBatch", accountUsername));
        }
        this.batchId = batch;
        BatchContents.forget();
    }

    /**
     * PC06 revoked it: recorded by the aggregator's staff or by PC06's own user, never by its holder (issue 23).
     * @return false when PC06's confirmation was recorded before
     */
    boolean confirm(Actor actor, Instant at) {
        if (!actor.has(Role.AGGREGATOR) && !actor.has(Role.PC06)) {
            throw new AggregationException(actor.username() + " may not confirm PC06's revocations",
                    Wording.of("aggregation.revocation.recordersOnly"));
        }
        if (isAbout(actor)) {
            throw new AggregationException(actor.username() + " may not confirm the revocation of own account",
                    ownRequest());
        }
        if (confirmedAt != null) {
            return false;
        }
        confirmedAt = at;
        confirmedBy = actor.username();
        return true;
    }

    boolean isAbout(Actor actor) {
        return personUsername != null && actor.is(personUsername);
    }

    String ownRequest() {
        return Messages.text("aggregation.revocation.ownRequest", accountUsername, personName);
    }

    Long id() { return id; }
    String personUsername() { return personUsername; }
    long revocationItemId() { return revocationItemId; }
    String reference() { return reference; }
    String agencyCode() { return agencyCode; }
    String personName() { return personName; }
    String accountUsername() { return accountUsername; }
    String reason() { return reason; }
    Long batchId() { return batchId; }
    boolean confirmed() { return confirmedAt != null; }
}
