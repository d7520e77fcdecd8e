package vn.dldcaccess.aggregation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.shared.Messages;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Letters in: agencies' signed letters and PC06's revocation requests wait here for a batch to take them. */
@Service
@Transactional
class LetterReception {
    private static final Logger log = LoggerFactory.getLogger(LetterReception.class);

    private final BatchRepository batches;
    private final ReceivedLetterRepository letters;
    private final RevocationRequestRepository revocations;
    private final RegistrationService registrations;
    private final AggregationMessages messages;
    private final BatchRecords records;
    private final Clock clock;

    LetterReception(BatchRepository batches, ReceivedLetterRepository letters, RevocationRequestRepository revocations,
                    RegistrationService registrations, AggregationMessages messages, BatchRecords records,
                    Clock clock) {
        this.batches = batches;
        this.letters = letters;
        this.revocations = revocations;
        this.registrations = registrations;
        this.messages = messages;
        this.records = records;
        this.clock = clock;
    }

    record Intake(boolean received, Long composingBatchId, int waitingPersons) {
    }

    record Candidates(List<Map<String, String>> options, String text) {
    }

    /** Receives a signed letter once; the same letter again changes nothing. */
    Intake receive(IncomingLetter in, Actor actor) {
        if (!letters.existsByAgencyLetterId(in.agencyLetterId())) {
            List<BatchItem> items = registrations.summaries(in.registrationIds()).stream()
                    .map(r -> new BatchItem(r.id(), r.requestNumber(), r.citizenId(), r.fullName(),
                            r.applicantUsername())).toList();
            letters.save(new ReceivedLetter(in, items, clock.instant()));
            registrations.arrivedAtAggregator(in.registrationIds(), actor);
            log.info("Agency letter {} of {} received with {} persons", in.letterNumber(), in.agencyCode(), items.size());
            return new Intake(true, composingBatch().orElse(null), waitingPersons());
        }
        return new Intake(false, composingBatch().orElse(null), waitingPersons());
    }

    /** A DLDC account to revoke; the same request twice is received once. */
    boolean receiveRevocation(Pc06RevocationRequest in) {
        if (revocations.existsByRevocationItemId(in.revocationItemId())) {
            return false;
        }
        revocations.save(new RevocationRequest(in, clock.instant()));
        log.info("Revocation request for {} received ({})", in.accountUsername(), in.reference());
        return true;
    }

    Optional<Long> composingBatch() {
        return batches.findByComposingSlot(1).map(Batch::id);
    }

    /** Task_OpenBatch: the batch that letters arriving from now on go to. */
    long openBatch() {
        Batch batch = batches.saveAndFlush(new Batch(clock.instant()));
        log.info("Batch {} opened for composition", batch.id());
        return batch.id();
    }

    /** Letters or revocation requests wait for a batch. */
    @Transactional(readOnly = true)
    boolean lettersWaiting() {
        return !letters.findByBatchIdIsNullOrderByIdAsc().isEmpty() || !revocations.findByBatchIdIsNullOrderByIdAsc().isEmpty();
    }

    @Transactional(readOnly = true)
    int waitingPersons() {
        return letters.findByBatchIdIsNullOrderByIdAsc().stream().mapToInt(l -> l.items().size()).sum();
    }

    /** Letters the batch may take: those waiting, and those it holds already (after a return). */
    @Transactional(readOnly = true)
    Candidates candidates(long batchId) {
        List<ReceivedLetter> open = new ArrayList<>(BatchContents.letters(letters, batchId));
        open.addAll(letters.findByBatchIdIsNullOrderByIdAsc());
        List<Map<String, String>> options = open.stream().map(l -> Map.of("value", String.valueOf(l.id()),
                "label", Messages.text("aggregation.candidates.letterOption", records.agencyName(l.agencyCode()),
                        l.letterNumber(), PdfDocuments.dmy(l.letterDate()), l.items().size()))).toList();
        String text = messages.render(AggregationMessages.CANDIDATES, Map.of("congVan", open.stream().map(l -> Map.of(
                "coQuan", records.agencyName(l.agencyCode()), "so", l.letterNumber(),
                "duongDan", java.net.URI.create("/api/documents/" + l.documentId()), "soNguoi", l.items().size())).toList(),
                "thuHoi", records.revocationsFor(batchId).stream().map(r -> Map.of("nguoi", r.personName(),
                        "taiKhoan", r.accountUsername(), "lyDo", r.reason())).toList()));
        return new Candidates(options, text);
    }
}
