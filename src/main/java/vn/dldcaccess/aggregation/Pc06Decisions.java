package vn.dldcaccess.aggregation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.registration.Pc06DecisionDelivery;
import vn.dldcaccess.registration.RegistrationStateException;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static vn.dldcaccess.aggregation.BatchComposition.MAX_COMMENT;
import static vn.dldcaccess.aggregation.BatchRecords.pending;

/** PC06's answers to a sent batch: decisions typed or uploaded, revocations confirmed, then the batch closes. */
@Service
@Transactional
class Pc06Decisions {
    private static final Logger log = LoggerFactory.getLogger(Pc06Decisions.class);

    private final RevocationRequestRepository revocations;
    private final ApplicationEventPublisher events;
    private final Pc06DecisionDelivery decisions;
    private final BatchRecords records;
    private final RevocationReplies revocationReplies;
    private final Clock clock;

    Pc06Decisions(RevocationRequestRepository revocations, ApplicationEventPublisher events,
                  Pc06DecisionDelivery decisions, RevokedHolders citizenIds, BatchRecords records, Clock clock) {
        this.revocations = revocations;
        this.events = events;
        this.decisions = decisions;
        this.records = records;
        this.revocationReplies = new RevocationReplies(revocations, citizenIds, events, clock);
        this.clock = clock;
    }

    record Recorded(int recorded, int alreadyRecorded, int stillPending) {
    }

    /** Typed decisions: all or nothing, every problem named. */
    Recorded recordDecisions(long batchId, List<DecisionInput> inputs, Actor actor, String source) {
        Map<String, BatchItem> items = records.itemsOf(records.requireSent(batchId));
        List<String> problems = new ArrayList<>();
        for (DecisionInput in : inputs) {
            BatchItem item = items.get(in.requestNumber());
            if (item == null) {
                problems.add(Messages.text("aggregation.decisions.notInBatch", in.requestNumber()));
            } else if (item.isAbout(actor)) {
                problems.add(item.ownRequest());
            } else if (in.decision() == Decision.REJECTED && (in.reason() == null || in.reason().isBlank())) {
                problems.add(Messages.text("aggregation.decisions.reasonRequired", in.requestNumber(), item.fullName()));
            } else if (item.decision() != Decision.PENDING && item.decision() != in.decision()) {
                problems.add(Messages.text("aggregation.decisions.alreadyRecorded", in.requestNumber(), item.fullName(),
                        item.decision().label()));
            }
        }
        long distinct = inputs.stream().map(DecisionInput::requestNumber).distinct().count();
        if (distinct < inputs.size()) {
            problems.add(Messages.text("aggregation.decisions.both"));
        }
        if (!problems.isEmpty()) {
            throw new AggregationException("Decisions refused for batch " + batchId + ": " + problems.size(),
                    Wording.of("aggregation.decisions.refused", String.join("; ", problems)));
        }
        int recorded = 0;
        int same = 0;
        for (DecisionInput in : inputs) {
            if (apply(items.get(in.requestNumber()), in, actor, source)) {
                recorded++;
            } else {
                same++;
            }
        }
        return new Recorded(recorded, same, pending(items.values()));
    }

    /** PC06's reply as rows: matching rows apply; anything doubtful is reported, never applied. */
    ReplyReport applyReply(long batchId, List<ReplyRow> rows, Actor actor) {
        Map<String, BatchItem> items = records.itemsOf(records.requireSent(batchId));
        Map<String, BatchItem> byCitizen = items.values().stream()
                .collect(Collectors.toMap(BatchItem::citizenId, Function.identity(), (a, b) -> a));
        List<ReplyReport.Issue> issues = new ArrayList<>();
        int applied = 0;
        int same = 0;
        Map<String, List<RevocationRequest>> revoking = revocationReplies.byReference(batchId);
        for (ReplyRow row : rows) {
            BatchItem item = items.get(row.requestNumber());
            if (item == null && revoking.containsKey(row.requestNumber())) {
                RevocationReplies.Outcome done = revocationReplies.apply(row, revoking.get(row.requestNumber()), actor);
                if (done instanceof RevocationReplies.Confirmed c) {
                    applied += c.accounts();
                } else if (done instanceof RevocationReplies.Problem p) {
                    issues.add(issue(row, p.text()));
                } else {
                    same++;
                }
                continue;
            }
            if (item == null) {
                BatchItem other = byCitizen.get(row.citizenId());
                issues.add(issue(row, other == null ? Messages.text("aggregation.reply.noMatch")
                        : Messages.text("aggregation.reply.numberMismatch", other.requestNumber())));
                continue;
            }
            if (item.isAbout(actor)) {
                issues.add(issue(row, Messages.text("aggregation.reply.ownRequest")));
                continue;
            }
            if (!Objects.equals(item.citizenId(), row.citizenId())) {
                issues.add(issue(row, Messages.text("aggregation.reply.citizenIdMismatch", item.requestNumber())));
                continue;
            }
            Decision d = row.decision();
            if (d == null) {
                issues.add(issue(row, Messages.text("aggregation.reply.decisionUnreadable", row.decisionText())));
                continue;
            }
            if (d == Decision.REJECTED && (row.reason() == null || row.reason().isBlank())) {
                issues.add(issue(row, Messages.text("aggregation.reply.reasonMissing")));
                continue;
            }
            if (item.decision() != Decision.PENDING && item.decision() != d) {
                issues.add(issue(row, Messages.text("aggregation.reply.contradicts", item.decision().label())));
                continue;
            }
            if (apply(item, new DecisionInput(row.row(), row.requestNumber(), row.citizenId(), d, row.reason()), actor,
                    "UPLOAD")) {
                applied++;
            } else {
                same++;
            }
        }
        log.info("PC06 reply for batch {}: {} applied, {} same, {} left for a person", batchId, applied, same,
                issues.size());
        return new ReplyReport(applied, same, issues, pending(items.values()));
    }

    private static ReplyReport.Issue issue(ReplyRow row, String problem) {
        return new ReplyReport.Issue(row.row(), row.requestNumber(), row.citizenId(), problem);
    }

    private boolean apply(BatchItem item, DecisionInput in, Actor actor, String source) {
        String reason;
        try {
            reason = PlainText.paragraph(in.reason(), MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new AggregationException("Reason refused for " + in.requestNumber(),
                    Wording.of("aggregation.decisions.reasonInvalid", in.requestNumber(), e.getMessage()));
        }
        if (!item.decide(in.decision(), reason, actor, clock.instant(), source)) {
            return false;
        }
        try {
            decisions.deliver(item.registrationId(), in.decision() == Decision.APPROVED, reason);
        } catch (RegistrationStateException e) {
            throw new AggregationException(e.getMessage(), e.vietnameseMessage());
        }
        return true;
    }


    /** PC06 confirms it revoked these DLDC accounts; a confirmation twice is a no-op. */
    int confirmRevocations(long batchId, List<String> ids, Actor actor) {
        records.requireSent(batchId);
        Map<String, RevocationRequest> mine = BatchContents.revocations(revocations, batchId).stream()
                .collect(Collectors.toMap(r -> String.valueOf(r.id()), Function.identity()));
        List<String> strangers = ids.stream().filter(id -> !mine.containsKey(id)).toList();
        if (!strangers.isEmpty()) {
            throw new AggregationException("Revocations not in batch: " + strangers,
                    Wording.of("aggregation.revocations.notInBatch", String.join(", ", strangers)));
        }
        List<String> own = ids.stream().map(mine::get).filter(r -> r.isAbout(actor)).map(RevocationRequest::ownRequest)
                .toList();
        if (!own.isEmpty()) {
            throw new AggregationException("Own revocation confirmed by " + actor.username(),
                    Wording.of("aggregation.revocations.own", String.join("; ", own)));
        }
        int n = 0;
        for (String id : ids) {
            RevocationRequest r = mine.get(id);
            if (r.confirm(actor, clock.instant())) {
                events.publishEvent(new Pc06RevocationConfirmed(r.revocationItemId(), r.reference()));
                n++;
            }
        }
        return n;
    }

    void close(long batchId) {
        records.batch(batchId).close(clock.instant());
    }
}
