package vn.dldcaccess.aggregation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.OfficialNumber;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.dldcaccess.aggregation.BatchRecords.sorted;

/** The batch's letter to PC06 until it is sent: letters taken into it, the leader's signature, the dispatch. */
@Service
@Transactional
class BatchComposition {
    private static final Logger log = LoggerFactory.getLogger(BatchComposition.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The length the leader's form shows for the comment, and PC06's reasons. */
    static final int MAX_COMMENT = 1000;
    /** The channels' codes; their labels are the options of forms/send-to-pc06.form. */
    static final Set<String> CHANNELS = Set.of("EDOC", "EMAIL", "POST", "HAND");

    private final BatchRepository batches;
    private final ReceivedLetterRepository letters;
    private final RevocationRequestRepository revocations;
    private final RegistrationService registrations;
    private final OrganizationDirectory organization;
    private final AggregationMessages messages;
    private final BatchDuties duties;
    private final BatchRecords records;
    private final BatchLetterPdf letterPdf;
    private final Clock clock;

    BatchComposition(BatchRepository batches, ReceivedLetterRepository letters, RevocationRequestRepository revocations,
                     RegistrationService registrations, OrganizationDirectory organization,
                     AggregationMessages messages, BatchDuties duties, BatchRecords records, BatchLetterPdf letterPdf,
                     Clock clock) {
        this.batches = batches;
        this.letters = letters;
        this.revocations = revocations;
        this.registrations = registrations;
        this.organization = organization;
        this.messages = messages;
        this.duties = duties;
        this.records = records;
        this.letterPdf = letterPdf;
        this.clock = clock;
    }

    record Composed(DocumentRef draft, String summary) {
    }

    enum LeaderDecision { SIGN, RETURN }

    /** Takes the chosen letters (all waiting ones when {@code chosen} is null) and renders the draft. */
    Composed compose(long batchId, List<String> chosen, Actor actor, String processInstanceId) {
        Batch batch = records.batch(batchId);
        List<ReceivedLetter> mine = BatchContents.letters(letters, batchId);
        List<ReceivedLetter> free = letters.findByBatchIdIsNullOrderByIdAsc();
        Map<String, ReceivedLetter> available = new LinkedHashMap<>();
        mine.forEach(l -> available.put(String.valueOf(l.id()), l));
        free.forEach(l -> available.put(String.valueOf(l.id()), l));
        List<ReceivedLetter> take = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (chosen == null) {
            take.addAll(available.values());
        } else {
            for (String id : chosen) {
                ReceivedLetter l = available.get(id);
                if (l == null) {
                    problems.add(Messages.text("aggregation.compose.letterTaken", id));
                } else if (!take.contains(l)) {
                    take.add(l);
                }
            }
        }
        // issue 23: a batch about every leader has nobody to sign it
        List<RevocationRequest> revs = duties.signable(take, records.revocationsFor(batchId));
        List<ReceivedLetter> unsignable = duties.unsignable(take, revs);
        if (!unsignable.isEmpty() && actor.isSystem()) {
            log.warn("Batch {}: {} letters left waiting, no leader but the person they are about to sign them", batchId,
                    unsignable.size());
            take.removeAll(unsignable);
        } else {
            unsignable.forEach(l -> problems.add(duties.whyUnsignable(l)));
        }
        if (take.isEmpty() && revs.isEmpty() && problems.isEmpty()) {
            problems.add(Messages.text("aggregation.compose.noneChosen"));
        }
        if (!problems.isEmpty()) {
            throw new AggregationException("Batch " + batchId + " not composed: " + problems,
                    Wording.of("aggregation.compose.refused", String.join("; ", problems)));
        }
        mine.stream().filter(l -> !take.contains(l)).forEach(l -> l.release(batchId));
        take.forEach(l -> l.takeInto(batchId));
        // revocations go with the next batch, whatever letters it takes
        revs.forEach(r -> r.takeInto(batchId));
        batch.compose(actor, clock.instant());
        DocumentRef ref = letterPdf.render(batch, sorted(take), processInstanceId);
        return new Composed(ref, summary(batch, sorted(take)));
    }

    LeaderDecision decideSignature(long batchId, String decisionText, String comment, Actor leader) {
        Batch batch = records.batch(batchId);
        LeaderDecision decision;
        try {
            decision = LeaderDecision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new AggregationException("Unknown leader decision " + decisionText,
                    Wording.of("aggregation.sign.decisionRequired"));
        }
        String reason;
        try {
            reason = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new AggregationException("Leader comment refused", Wording.of("submission.signing.commentInvalid", e.getMessage()));
        }
        Deciders signers = duties.signers(batchId);
        if (decision == LeaderDecision.RETURN) {
            if (reason == null) {
                throw new AggregationException("Return without comment", Wording.of("submission.signing.commentRequired"));
            }
            batch.returnForRecomposition(leader, signers, reason);
        } else {
            batch.sign(leader, signers, clock.instant());
        }
        return decision;
    }

    /** Task_RecordDispatch: number, date and channel; the final PDF carries them; each request hears it. */
    DocumentRef send(long batchId, String numberText, String dateText, String channel, Actor actor,
                     String processInstanceId) {
        Batch batch = records.batch(batchId);
        AgencyInfo aggregator = organization.aggregator();
        List<String> problems = new ArrayList<>();
        String number = OfficialNumber.normalize(numberText, aggregator.officeSymbol());
        if (number == null) {
            problems.add(Messages.text("aggregation.send.numberRequired", aggregator.officeSymbol()));
        } else if (batches.existsByOutgoingNumberAndIdNot(number, batchId)) {
            problems.add(Messages.text("aggregation.send.numberTaken", number));
        }
        LocalDate date = parseDate(dateText);
        if (date == null) {
            problems.add(Messages.text("aggregation.send.dateRequired"));
        } else if (date.isAfter(LocalDate.now(clock.withZone(VN)))) {
            problems.add(Messages.text("aggregation.send.dateInFuture"));
        }
        if (channel == null || !CHANNELS.contains(channel.strip())) {
            problems.add(Messages.text("aggregation.send.channelRequired"));
        }
        if (!problems.isEmpty()) {
            throw new AggregationException("Batch " + batchId + " not sent: " + problems.size() + " problems",
                    Wording.of("aggregation.send.refused", String.join("; ", problems)));
        }
        batch.send(number, date, channel.strip(), actor);
        List<ReceivedLetter> taken = sorted(BatchContents.letters(letters, batchId));
        registrations.sentToPc06(taken.stream().flatMap(l -> l.items().stream()).map(BatchItem::registrationId).toList(),
                batchId, Messages.text("aggregation.send.letterReference", number, PdfDocuments.dmy(date)), actor);
        return letterPdf.render(batch, taken, processInstanceId);
    }

    private String summary(Batch batch, List<ReceivedLetter> taken) {
        int persons = taken.stream().mapToInt(l -> l.items().size()).sum();
        int revs = BatchContents.revocations(revocations, batch.id()).size();
        return messages.render(AggregationMessages.SUMMARY, Map.of("dot", batch.label(),
                "soCongVan", taken.size(), "soNguoi", persons, "soThuHoi", revs, "congVan", taken.stream().map(l -> Map.of(
                        "coQuan", records.agencyName(l.agencyCode()), "so", l.letterNumber(),
                        "soNguoi", l.items().size())).toList()));
    }

    private static LocalDate parseDate(String text) {
        try {
            return FormValues.date(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
