package vn.dldcaccess.aggregation;

import org.springframework.context.ApplicationEventPublisher;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.shared.Messages;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of PC06's reply about the batch's revocations (issue 22): a row naming a closing's số hồ sơ (the key the
 * batch letter's revocation list prints, "TH-3") with "Đã thu hồi" confirms PC06's revocation of that holder's DLDC
 * account exactly once, as the decisions task does; the closing then goes on to the TTHC administrators.
 */
final class RevocationReplies {
    /** What a row did. */
    sealed interface Outcome {
    }

    record Confirmed(int accounts) implements Outcome {
    }

    record AlreadyConfirmed() implements Outcome {
    }

    record Problem(String text) implements Outcome {
    }

    private final RevocationRequestRepository revocations;
    private final RevokedHolders citizenIds;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevocationReplies(RevocationRequestRepository revocations, RevokedHolders citizenIds,
                      ApplicationEventPublisher events, Clock clock) {
        this.revocations = revocations;
        this.citizenIds = citizenIds;
        this.events = events;
        this.clock = clock;
    }

    /** The batch's revocation requests by số hồ sơ (several accounts of one holder share it). */
    Map<String, List<RevocationRequest>> byReference(long batchId) {
        Map<String, List<RevocationRequest>> by = new LinkedHashMap<>();
        for (RevocationRequest r : BatchContents.revocations(revocations, batchId)) {
            by.computeIfAbsent(r.reference(), k -> new java.util.ArrayList<>()).add(r);
        }
        return by;
    }

    /** One row about the requests of one số hồ sơ: each still pending is confirmed, once. */
    Outcome apply(ReplyRow row, List<RevocationRequest> requests, Actor actor) {
        if (!row.revoked()) {
            return new Problem(Messages.text("aggregation.reply.revocationUnreadable", row.decisionText()));
        }
        for (RevocationRequest r : requests) {
            if (r.isAbout(actor)) {
                return new Problem(r.ownRequest());
            }
            String known = citizenIds.of(r.personUsername(), r.accountUsername());
            // the register may not know the holder's citizen id: PC06 then goes by the name and the account
            if (!RevokedHolders.unknown().equals(known) && !known.equals(row.citizenId())) {
                return new Problem(Messages.text("aggregation.reply.revocationCitizenId", r.reference()));
            }
        }
        int confirmed = 0;
        for (RevocationRequest r : requests) {
            if (r.confirm(actor, clock.instant())) {
                events.publishEvent(new Pc06RevocationConfirmed(r.revocationItemId(), r.reference()));
                confirmed++;
            }
        }
        return confirmed == 0 ? new AlreadyConfirmed() : new Confirmed(confirmed);
    }
}
