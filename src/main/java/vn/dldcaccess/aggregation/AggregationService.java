package vn.dldcaccess.aggregation;

import vn.dldcaccess.organization.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.DocumentTemplate;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.LetterData;
import vn.dldcaccess.document.ListSection;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.SignatureBlock;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.registration.Pc06DecisionDelivery;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.registration.RegistrationStateException;
import vn.dldcaccess.registration.RegistrationSummary;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.OfficialNumber;
import vn.dldcaccess.shared.PlainText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The aggregator's domain: letters in, batches out, PC06's decisions back. No engine types. */
@Service
@Transactional
class AggregationService {
    private static final Logger log = LoggerFactory.getLogger(AggregationService.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The length the leader's form shows for the comment, and PC06's reasons. */
    static final int MAX_COMMENT = 1000;
    static final Map<String, String> CHANNELS = Map.of(
            "EDOC", "Trục liên thông văn bản",
            "EMAIL", "Thư điện tử công vụ",
            "POST", "Bưu chính",
            "HAND", "Gửi trực tiếp");

    private final BatchRepository batches;
    private final ReceivedLetterRepository letters;
    private final RevocationRequestRepository revocations;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final RegistrationService registrations;
    private final Pc06DecisionDelivery decisions;
    private final OrganizationDirectory organization;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentTexts texts;
    private final AggregationMessages messages;
    private final BatchDuties duties;
    private final RevokedHolders citizenIds;
    private final RevocationReplies revocationReplies;
    private final Clock clock;

    AggregationService(BatchRepository batches, ReceivedLetterRepository letters,
                       RevocationRequestRepository revocations, org.springframework.context.ApplicationEventPublisher events,
                       RegistrationService registrations, Pc06DecisionDelivery decisions,
                       OrganizationDirectory organization, PdfDocuments pdf, DocumentStore documents,
                       DocumentTexts texts, AggregationMessages messages, BatchDuties duties, RevokedHolders citizenIds,
                       Clock clock) {
        this.batches = batches;
        this.letters = letters;
        this.revocations = revocations;
        this.events = events;
        this.registrations = registrations;
        this.decisions = decisions;
        this.organization = organization;
        this.pdf = pdf;
        this.documents = documents;
        this.texts = texts;
        this.messages = messages;
        this.duties = duties;
        this.citizenIds = citizenIds;
        this.revocationReplies = new RevocationReplies(revocations, citizenIds, events, clock);
        this.clock = clock;
    }

    record Intake(boolean received, Long composingBatchId, int waitingPersons) {
    }

    record Candidates(List<Map<String, String>> options, String text) {
    }

    record Composed(DocumentRef draft, String summary) {
    }

    record Recorded(int recorded, int alreadyRecorded, int stillPending) {
    }

    enum LeaderDecision { SIGN, RETURN }

    // ---- letters in ----

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
        List<ReceivedLetter> open = new ArrayList<>(letters.findByBatchIdOrderByAgencyCodeAscIdAsc(batchId));
        open.addAll(letters.findByBatchIdIsNullOrderByIdAsc());
        List<Map<String, String>> options = open.stream().map(l -> Map.of("value", String.valueOf(l.id()),
                "label", agencyName(l.agencyCode()) + " - công văn " + l.letterNumber() + " ngày "
                        + PdfDocuments.dmy(l.letterDate()) + " (" + l.items().size() + " người)")).toList();
        String text = messages.render(AggregationMessages.CANDIDATES, Map.of("congVan", open.stream().map(l -> Map.of(
                "coQuan", agencyName(l.agencyCode()), "so", l.letterNumber(),
                "duongDan", java.net.URI.create("/api/documents/" + l.documentId()), "soNguoi", l.items().size())).toList(),
                "thuHoi", revocationsFor(batchId).stream().map(r -> Map.of("nguoi", r.personName(),
                        "taiKhoan", r.accountUsername(), "lyDo", r.reason())).toList()));
        return new Candidates(options, text);
    }

    // ---- composition and signature ----

    /** Takes the chosen letters (all waiting ones when {@code chosen} is null) and renders the draft. */
    Composed compose(long batchId, List<String> chosen, Actor actor, String processInstanceId) {
        Batch batch = batch(batchId);
        List<ReceivedLetter> mine = letters.findByBatchIdOrderByAgencyCodeAscIdAsc(batchId);
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
                    problems.add("công văn " + id + " không còn chờ (đã vào đợt khác)");
                } else if (!take.contains(l)) {
                    take.add(l);
                }
            }
        }
        // issue 23: a batch about every leader has nobody to sign it
        List<RevocationRequest> revs = duties.signable(take, revocationsFor(batchId));
        List<ReceivedLetter> unsignable = duties.unsignable(take, revs);
        if (!unsignable.isEmpty() && actor.isSystem()) {
            log.warn("Batch {}: {} letters left waiting, no leader but the person they are about to sign them", batchId,
                    unsignable.size());
            take.removeAll(unsignable);
        } else {
            unsignable.forEach(l -> problems.add(duties.whyUnsignable(l)));
        }
        if (take.isEmpty() && revs.isEmpty() && problems.isEmpty()) {
            problems.add("phải chọn ít nhất một công văn");
        }
        if (!problems.isEmpty()) {
            throw new AggregationException("Batch " + batchId + " not composed: " + problems,
                    "Chưa lập được đợt gửi PC06: " + String.join("; ", problems) + ".");
        }
        mine.stream().filter(l -> !take.contains(l)).forEach(l -> l.release(batchId));
        take.forEach(l -> l.takeInto(batchId));
        // revocations go with the next batch, whatever letters it takes
        revs.forEach(r -> r.takeInto(batchId));
        batch.compose(actor, clock.instant());
        DocumentRef ref = render(batch, sorted(take), processInstanceId);
        return new Composed(ref, summary(batch, sorted(take)));
    }

    LeaderDecision decideSignature(long batchId, String decisionText, String comment, Actor leader) {
        Batch batch = batch(batchId);
        LeaderDecision decision;
        try {
            decision = LeaderDecision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new AggregationException("Unknown leader decision " + decisionText,
                    "Ý kiến: vui lòng chọn ký ban hành, hoặc trả lại để lập lại đợt.");
        }
        String reason;
        try {
            reason = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new AggregationException("Leader comment refused", "Nội dung cần sửa: " + e.getMessage() + ".");
        }
        Deciders signers = duties.signers(batchId);
        if (decision == LeaderDecision.RETURN) {
            if (reason == null) {
                throw new AggregationException("Return without comment", "Khi trả lại, vui lòng ghi rõ nội dung cần sửa.");
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
        Batch batch = batch(batchId);
        AgencyInfo aggregator = organization.aggregator();
        List<String> problems = new ArrayList<>();
        String number = OfficialNumber.normalize(numberText, aggregator.officeSymbol());
        if (number == null) {
            problems.add("Số công văn đi: bắt buộc, dạng \"215\" hoặc \"215/" + aggregator.officeSymbol() + "\"");
        } else if (batches.existsByOutgoingNumberAndIdNot(number, batchId)) {
            problems.add("Số công văn đi: số " + number + " đã được dùng");
        }
        LocalDate date = parseDate(dateText);
        if (date == null) {
            problems.add("Ngày gửi: bắt buộc, một ngày có thật (dd/MM/yyyy)");
        } else if (date.isAfter(LocalDate.now(clock.withZone(VN)))) {
            problems.add("Ngày gửi: không được sau ngày hôm nay");
        }
        if (channel == null || !CHANNELS.containsKey(channel.strip())) {
            problems.add("Hình thức gửi: vui lòng chọn một hình thức");
        }
        if (!problems.isEmpty()) {
            throw new AggregationException("Batch " + batchId + " not sent: " + problems.size() + " problems",
                    "Chưa ghi được việc gửi PC06: " + String.join("; ", problems) + ".");
        }
        batch.send(number, date, channel.strip(), actor);
        List<ReceivedLetter> taken = sorted(letters.findByBatchIdOrderByAgencyCodeAscIdAsc(batchId));
        registrations.sentToPc06(taken.stream().flatMap(l -> l.items().stream()).map(BatchItem::registrationId).toList(),
                batchId, "Công văn số " + number + " ngày " + PdfDocuments.dmy(date), actor);
        return render(batch, taken, processInstanceId);
    }

    // ---- PC06's decisions ----

    /** Typed decisions: all or nothing, every problem named. */
    Recorded recordDecisions(long batchId, List<DecisionInput> inputs, Actor actor, String source) {
        Map<String, BatchItem> items = itemsOf(requireSent(batchId));
        List<String> problems = new ArrayList<>();
        for (DecisionInput in : inputs) {
            BatchItem item = items.get(in.requestNumber());
            if (item == null) {
                problems.add("yêu cầu " + in.requestNumber() + " không có trong đợt này");
            } else if (item.isAbout(actor)) {
                problems.add(item.ownRequest());
            } else if (in.decision() == Decision.REJECTED && (in.reason() == null || in.reason().isBlank())) {
                problems.add(in.requestNumber() + " (" + item.fullName() + "): cần ghi lý do PC06 không đồng ý");
            } else if (item.decision() != Decision.PENDING && item.decision() != in.decision()) {
                problems.add(in.requestNumber() + " (" + item.fullName() + ") đã được ghi \"" + item.decision().label()
                        + "\"");
            }
        }
        long distinct = inputs.stream().map(DecisionInput::requestNumber).distinct().count();
        if (distinct < inputs.size()) {
            problems.add("một người được chọn cả \"đồng ý\" và \"không đồng ý\"");
        }
        if (!problems.isEmpty()) {
            throw new AggregationException("Decisions refused for batch " + batchId + ": " + problems.size(),
                    "Chưa ghi được kết quả: " + String.join("; ", problems) + ".");
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
        Map<String, BatchItem> items = itemsOf(requireSent(batchId));
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
                issues.add(issue(row, other == null ? "không có yêu cầu nào trong đợt khớp số phiếu và số định danh"
                        : "số phiếu không khớp; số định danh thuộc yêu cầu " + other.requestNumber()));
                continue;
            }
            if (item.isAbout(actor)) {
                issues.add(issue(row, "là yêu cầu của chính người tải lên: người khác của cơ quan tổng hợp hoặc PC06 "
                        + "ghi kết quả này"));
                continue;
            }
            if (!Objects.equals(item.citizenId(), row.citizenId())) {
                issues.add(issue(row, "số định danh không khớp với yêu cầu " + item.requestNumber()));
                continue;
            }
            Decision d = row.decision();
            if (d == null) {
                issues.add(issue(row, "không đọc được kết quả \"" + row.decisionText() + "\""));
                continue;
            }
            if (d == Decision.REJECTED && (row.reason() == null || row.reason().isBlank())) {
                issues.add(issue(row, "không đồng ý nhưng không có lý do"));
                continue;
            }
            if (item.decision() != Decision.PENDING && item.decision() != d) {
                issues.add(issue(row, "mâu thuẫn với kết quả đã ghi (" + item.decision().label() + ")"));
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
                    "Lý do của yêu cầu " + in.requestNumber() + ": " + e.getMessage() + ".");
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

    @Transactional(readOnly = true)
    boolean allDecided(long batchId) {
        return pending(itemsOf(batchId).values()) == 0
                && revocations.findByBatchIdOrderByIdAsc(batchId).stream().allMatch(RevocationRequest::confirmed);
    }

    /** PC06 confirms it revoked these DLDC accounts; a confirmation twice is a no-op. */
    int confirmRevocations(long batchId, List<String> ids, Actor actor) {
        requireSent(batchId);
        Map<String, RevocationRequest> mine = revocations.findByBatchIdOrderByIdAsc(batchId).stream()
                .collect(Collectors.toMap(r -> String.valueOf(r.id()), Function.identity()));
        List<String> strangers = ids.stream().filter(id -> !mine.containsKey(id)).toList();
        if (!strangers.isEmpty()) {
            throw new AggregationException("Revocations not in batch: " + strangers,
                    "Chưa ghi được xác nhận thu hồi: đề nghị " + String.join(", ", strangers) + " không có trong đợt này.");
        }
        List<String> own = ids.stream().map(mine::get).filter(r -> r.isAbout(actor)).map(RevocationRequest::ownRequest)
                .toList();
        if (!own.isEmpty()) {
            throw new AggregationException("Own revocation confirmed by " + actor.username(),
                    "Chưa ghi được xác nhận thu hồi: " + String.join("; ", own) + ".");
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

    @Transactional(readOnly = true)
    List<Map<String, String>> pendingRevocationOptions(long batchId) {
        return revocations.findByBatchIdOrderByIdAsc(batchId).stream().filter(r -> !r.confirmed())
                .map(r -> Map.of("value", String.valueOf(r.id()), "label", r.personName() + " - " + r.accountUsername()))
                .toList();
    }

    void close(long batchId) {
        batch(batchId).close(clock.instant());
    }

    @Transactional(readOnly = true)
    List<Map<String, String>> pendingOptions(long batchId) {
        return itemsOf(batchId).values().stream().filter(i -> i.decision() == Decision.PENDING)
                .map(i -> Map.of("value", i.requestNumber(), "label", i.requestNumber() + " - " + i.fullName()
                        + " - " + i.citizenId())).toList();
    }

    @Transactional(readOnly = true)
    String decisionsText(long batchId) {
        Collection<BatchItem> all = itemsOf(batchId).values();
        List<Map<String, Object>> decided = all.stream().filter(i -> i.decision() != Decision.PENDING).map(i -> {
            Map<String, Object> m = new java.util.HashMap<>();
            m.put("nguoi", i.requestNumber() + " - " + i.fullName());
            m.put("quyetDinh", i.decision().label());
            m.put("lyDo", i.reason());
            return m;
        }).toList();
        List<RevocationRequest> revs = revocations.findByBatchIdOrderByIdAsc(batchId);
        return messages.render(AggregationMessages.DECISIONS, Map.of("daCo", all.size() - pending(all),
                "tong", all.size(), "ketQua", decided, "thuHoi", revs.size(),
                "daXacNhan", revs.stream().filter(RevocationRequest::confirmed).count()));
    }

    @Transactional(readOnly = true)
    String batchLabel(long batchId) {
        return batch(batchId).label();
    }

    @Transactional(readOnly = true)
    List<PersonInfo> aggregatorStaff() {
        return organization.peopleWithRole(Role.AGGREGATOR, null, null);
    }

    private static int pending(Collection<BatchItem> items) {
        return (int) items.stream().filter(i -> i.decision() == Decision.PENDING).count();
    }

    private Map<String, BatchItem> itemsOf(long batchId) {
        Map<String, BatchItem> out = new LinkedHashMap<>();
        for (ReceivedLetter l : letters.findByBatchIdOrderByAgencyCodeAscIdAsc(batchId)) {
            l.items().forEach(i -> out.put(i.requestNumber(), i));
        }
        return out;
    }

    private long requireSent(long batchId) {
        Batch b = batch(batchId);
        if (b.status() != BatchStatus.SENT) {
            throw new AggregationException("Batch " + batchId + " is " + b.status(),
                    "Đợt " + b.label() + " chưa gửi PC06 hoặc đã đóng (" + b.status().label() + ").");
        }
        return batchId;
    }

    // ---- the PDF ----

    private DocumentRef render(Batch batch, List<ReceivedLetter> taken, String processInstanceId) {
        AgencyInfo aggregator = organization.aggregator();
        AgencyInfo pc06 = organization.agencies(AgencyKind.PC06).stream().findFirst().orElseThrow();
        boolean sent = batch.outgoingNumber() != null;
        Map<Long, RegistrationSummary> people = registrations.summaries(taken.stream()
                        .flatMap(l -> l.items().stream()).map(BatchItem::registrationId).toList()).stream()
                .collect(Collectors.toMap(RegistrationSummary::id, Function.identity()));
        List<ListSection> sections = new ArrayList<>();
        int n = 1;
        Map<String, List<ReceivedLetter>> byAgency = taken.stream()
                .collect(Collectors.groupingBy(ReceivedLetter::agencyCode, LinkedHashMap::new, Collectors.toList()));
        List<String> letterRefs = new ArrayList<>();
        for (Map.Entry<String, List<ReceivedLetter>> e : byAgency.entrySet()) {
            List<List<String>> rows = new ArrayList<>();
            for (ReceivedLetter l : e.getValue()) {
                letterRefs.add("Công văn số " + l.letterNumber() + " ngày " + PdfDocuments.dmy(l.letterDate()) + " của "
                        + agencyName(l.agencyCode()));
                for (BatchItem item : l.items()) {
                    RegistrationSummary r = people.get(item.registrationId());
                    rows.add(List.of(String.valueOf(n++), r.fullName(), PdfDocuments.dmy(r.dateOfBirth()),
                            r.genderLabel(), r.citizenId(), r.position(), r.unitName(), r.duties(), r.mobilePhone(),
                            r.officialEmail(), r.accessScopeLabel(), r.requestNumber()));
                }
            }
            sections.add(new ListSection(agencyName(e.getKey()), rows));
        }
        Optional<PersonInfo> signerPerson = batch.signedBy() == null ? duties.draftSigner(batch.id())
                : organization.person(batch.signedBy());
        String signer = signerPerson.map(PersonInfo::fullName).orElse(batch.signedBy() == null ? "" : batch.signedBy());
        String signerTitle = PdfDocuments.signatureTitle(aggregator.signerTitle(),
                signerPerson.map(PersonInfo::position).orElse(null));
        int persons = sections.stream().mapToInt(s -> s.rows().size()).sum();
        List<RevocationRequest> revs = revocations.findByBatchIdOrderByIdAsc(batch.id());
        DocumentTexts.Texts t = texts.render(DocumentTemplate.BATCH_LETTER, Map.of("coQuanTongHop", aggregator.name(),
                "pc06", pc06.name(), "canCu", letterRefs, "soNguoi", persons, "soCoQuan", sections.size(),
                "soThuHoi", revs.size()));
        LocalDate date = sent ? batch.sentDate() : LocalDate.now(clock.withZone(VN));
        LetterData data = new LetterData(
                new OfficialHeader(aggregator.parentBody(), aggregator.name(),
                        "Số: " + (sent ? batch.outgoingNumber() : "      /" + aggregator.officeSymbol()),
                        t.line("trich-yeu"), organization.province().placeName(), date),
                t.line("kinh-gui"), t.paragraphs("noi-dung"), t.line("tieu-de-danh-sach"),
                List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Chức vụ",
                        "Đơn vị công tác", "Nhiệm vụ được giao", "Số điện thoại", "Thư điện tử công vụ",
                        "Hình thức khai thác", "Số phiếu"),
                new float[]{27, 80, 52, 30, 68, 50, 70, 78, 56, 100, 40, 100},
                sections,
                t.items("noi-nhan"),
                batch.signedBy() == null ? SignatureBlock.draft(signerTitle, signer)
                        : SignatureBlock.signedOnSystem(signerTitle, signer, batch.signedAt().atZone(VN).toLocalDate()), t.line("ten-van-ban"));
        List<List<String>> revRows = new ArrayList<>();
        int m = 1;
        for (RevocationRequest r : revs) {
            // PC06 identifies a person by the citizen id (issue 21): the one her account was registered with
            revRows.add(List.of(String.valueOf(m++), r.personName(), citizenIds.of(r.personUsername(), r.accountUsername()),
                    agencyName(r.agencyCode()), r.accountUsername(), r.reason(), r.reference()));
        }
        vn.dldcaccess.document.AttachedList revocationList = new vn.dldcaccess.document.AttachedList(
                t.line("tieu-de-danh-sach-thu-hoi"),
                List.of("STT", "Họ và tên", "Số định danh cá nhân", "Cơ quan", "Tài khoản", "Lý do", "Số hồ sơ"),
                new float[]{27, 95, 75, 135, 100, 130, 60}, revRows,
                "Tổng cộng: " + revRows.size() + " tài khoản đề nghị thu hồi.");
        byte[] bytes = pdf.letterWithList(data, batch.signedBy() != null, revocationList);
        String fileName = sent ? "cong-van-gui-pc06-" + batch.outgoingNumber().replace('/', '-') + ".pdf"
                : "du-thao-dot-gui-pc06-" + batch.id() + ".pdf";
        DocumentRef ref = documents.store(DocumentKind.BATCH_LETTER, fileName, bytes, aggregator.code(), null,
                processInstanceId, sent ? batch.outgoingNumber() : null);
        batch.attachDocument(ref.id());
        return ref;
    }

    private String summary(Batch batch, List<ReceivedLetter> taken) {
        int persons = taken.stream().mapToInt(l -> l.items().size()).sum();
        int revs = revocations.findByBatchIdOrderByIdAsc(batch.id()).size();
        return messages.render(AggregationMessages.SUMMARY, Map.of("dot", batch.label(),
                "soCongVan", taken.size(), "soNguoi", persons, "soThuHoi", revs, "congVan", taken.stream().map(l -> Map.of(
                        "coQuan", agencyName(l.agencyCode()), "so", l.letterNumber(),
                        "soNguoi", l.items().size())).toList()));
    }

    /** Revocation requests the batch holds, and those waiting (they join it). */
    private List<RevocationRequest> revocationsFor(long batchId) {
        List<RevocationRequest> out = new ArrayList<>(revocations.findByBatchIdOrderByIdAsc(batchId));
        out.addAll(revocations.findByBatchIdIsNullOrderByIdAsc());
        return out;
    }

    private List<ReceivedLetter> sorted(List<ReceivedLetter> in) {
        return in.stream().sorted(java.util.Comparator.comparing(ReceivedLetter::agencyCode)
                .thenComparing(ReceivedLetter::id)).toList();
    }

    private String agencyName(String code) {
        return organization.agency(code).map(AgencyInfo::name).orElse(code);
    }

    private Batch batch(long id) {
        return batches.findById(id).orElseThrow(() -> new AggregationException("No batch " + id,
                "Không tìm thấy đợt gửi PC06."));
    }


    private static LocalDate parseDate(String text) {
        try {
            return FormValues.date(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
