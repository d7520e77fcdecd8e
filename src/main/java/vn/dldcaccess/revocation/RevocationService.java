package vn.dldcaccess.revocation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.authorization.AuthorizationLetters;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.ClosureNotice;
import vn.dldcaccess.document.DocumentNumbers;
import vn.dldcaccess.document.SignatureCapacity;
import vn.dldcaccess.document.DocumentTemplate;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;
import vn.dldcaccess.shared.RequestStep;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The revocation domain: report, close each account, issue the notice. No engine types. */
@Service
@Transactional
class RevocationService implements RequestReplay {
    private static final Logger log = LoggerFactory.getLogger(RevocationService.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RevocationRepository revocations;
    private final AccountRegister accounts;
    private final AuthorizationLetters authorizations;
    private final OrganizationDirectory organization;
    private final TimerDates workingDays;
    private final RevocationProperties properties;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentNumbers numbers;
    private final DocumentTexts texts;
    private final RevocationMessages messages;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevocationService(RevocationRepository revocations, AccountRegister accounts, AuthorizationLetters authorizations,
                      OrganizationDirectory organization, TimerDates workingDays, RevocationProperties properties,
                      PdfDocuments pdf, DocumentStore documents, DocumentNumbers numbers, DocumentTexts texts, RevocationMessages messages, Notifier notifier,
                      ApplicationEventPublisher events, Clock clock) {
        this.revocations = revocations;
        this.accounts = accounts;
        this.authorizations = authorizations;
        this.organization = organization;
        this.workingDays = workingDays;
        this.properties = properties;
        this.pdf = pdf;
        this.documents = documents;
        this.numbers = numbers;
        this.texts = texts;
        this.messages = messages;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    record Opened(String businessKey, List<Long> itemsToClose, LocalDate deadline, String summary) {
    }

    /** @param dldc whether it is a DLDC account: PC06 revokes it first, through the aggregator's next batch */
    record ItemInfo(long revocationId, long itemId, String administratorsGroup, String summary, boolean dldc) {
    }

    /** A report by the person's unit head or agency office (validated by {@link LeaverReportInput}). */
    Opened report(LeaverReportInput.LeaverReport rep, Actor reporter) {
        List<RevocationItem> items = new ArrayList<>();
        int n = 0;
        for (AccountView a : rep.open()) {
            items.add(new RevocationItem(a.id(), a.system(), a.username(), rep.keep().contains(a.system()), n++));
        }
        Revocation r = open(rep.person(), rep.reason(), rep.handover(), rep.newPosition(), rep.newAgency(), reporter,
                items);
        // letter 2932: authorizations of a person who leaves end at once
        authorizations.cancelAllOf(rep.person().username(), "người ủy quyền " + rep.reason().label().toLowerCase());
        return opened(r);
    }

    /**
     * The accounts a unit head marked in a review: only those close, every other one of the person is kept. The
     * review's step checked the unit head; the report checks again that they may report this person.
     */
    long afterReview(String personUsername, List<Long> accountIds, Actor reporter) {
        PersonInfo person = organization.person(personUsername).orElseThrow(() -> new RevocationException(
                "Unknown person " + personUsername, "Không tìm thấy người có tài khoản cần đóng."));
        List<AccountView> open = accounts.accountsOf(person.username()).stream()
                .filter(a -> a.status() != AccountStatus.CLOSED).toList();
        if (open.stream().noneMatch(a -> accountIds.contains(a.id()))) {
            throw new RevocationException("Nothing marked", "Không có tài khoản nào được đánh dấu đóng.");
        }
        if (revocations.existsByOpenPerson(person.username())) {
            throw new RevocationException("Open report for " + personUsername, person.fullName()
                    + " đang có một báo cáo đóng tài khoản chưa hoàn tất; hãy hoàn tất báo cáo đó trước.");
        }
        List<RevocationItem> items = new ArrayList<>();
        int n = 0;
        for (AccountView a : open) {
            items.add(new RevocationItem(a.id(), a.system(), a.username(), !accountIds.contains(a.id()), n++));
        }
        return open(person, LeaveReason.REVIEW, today(), null, null, reporter, items).id();
    }

    /** The report a review (or a source: issue 22) opened before its process started (its business key given at the start). */
    @Transactional(readOnly = true)
    Opened openedByReview(String key) {
        Revocation r = get(key);
        if (r.reason() != LeaveReason.REVIEW && !SourceClosings.bySource(r)) {
            throw new IllegalStateException("Revocation " + key + " was not opened by a review");
        }
        return opened(r);
    }

    private Revocation open(PersonInfo person, LeaveReason reason, LocalDate handover, String newPosition,
                            String newAgency, Actor reporter, List<RevocationItem> items) {
        if (!LeaverReportInput.mayReport(reporter, person)) {
            throw new RevocationException(reporter.username() + " may not report " + person.username(),
                    "Chỉ lãnh đạo đơn vị hoặc Văn phòng của cơ quan người đó mới báo cáo được.");
        }
        LocalDate deadline = deadlineFor(handover);
        Revocation r = revocations.saveAndFlush(new Revocation(person.username(), person.agencyCode(), person.unitCode(),
                reason, handover, deadline, newPosition, newAgency, reporter.username(), items, clock.instant()));
        log.info("Revocation {} opened for {} accounts, deadline {}", r.id(), items.size(), deadline);
        track(r, reporter.username(), reason.label() + ", bàn giao xong ngày " + PdfDocuments.dmy(handover)
                + "; hạn đóng " + PdfDocuments.dmy(deadline), null);
        DocumentTexts.Message m = messages.reported(r, person.fullName());
        notifier.notify(offices(r), m.subject(), m.body(), ref(r));
        return r;
    }

    private Opened opened(Revocation r) {
        return new Opened(AccountRevocationProcess.businessKey(r.id()),
                r.items().stream().filter(i -> !i.kept()).map(RevocationItem::id).toList(), r.deadline(), summary(r));
    }

    @Transactional(readOnly = true)
    ItemInfo item(String key, long itemId) {
        Revocation r = get(key);
        RevocationItem i = item(r, itemId);
        boolean dldc = i.system() == AccountSystem.DLDC_TTHC;
        return new ItemInfo(r.id(), i.id(), administrators(r, i), messages.closeTask(r, i, name(r.personUsername()), dldc),
                dldc);
    }

    /** The "đề nghị thu hồi tài khoản" for a DLDC account, for the aggregator's next batch to PC06. */
    @Transactional(readOnly = true)
    vn.dldcaccess.aggregation.Pc06RevocationRequest pc06Request(String key, long itemId) {
        Revocation r = get(key);
        RevocationItem i = item(r, itemId);
        return new vn.dldcaccess.aggregation.Pc06RevocationRequest(i.id(), ref(r), r.agencyCode(), r.personUsername(),
                name(r.personUsername()), i.username(), r.reason().label());
    }

    /** The administrator's record of the closing; the same closing twice is a no-op. */
    boolean recordClosed(String key, long itemId, Object closedOnRaw, Actor actor) {
        Revocation r = get(key);
        RevocationItem i = item(r, itemId);
        LocalDate on;
        try {
            on = FormValues.date(closedOnRaw);
        } catch (DateTimeParseException e) {
            throw new RevocationException("Bad date", "Ngày đóng tài khoản: " + FormValues.NOT_A_DATE + ".");
        }
        if (on == null) {
            throw new RevocationException("No date", "Ngày đóng tài khoản: bắt buộc.");
        }
        if (on.isAfter(today())) {
            throw new RevocationException("Future date", "Ngày đóng tài khoản: không được sau ngày hôm nay.");
        }
        LocalDate granted = accounts.account(i.accountId()).grantedOn();
        if (granted != null && on.isBefore(granted)) {
            throw new RevocationException("Closed before granted", "Ngày đóng tài khoản: không được trước ngày cấp tài khoản ("
                    + PdfDocuments.dmy(granted) + ").");
        }
        boolean now = i.close(on, actor, r.agencyCode(), r.personUsername(), clock.instant());
        if (now) {
            accounts.close(i.accountId(), actor, "Đóng ngày " + PdfDocuments.dmy(on) + " do " + r.reason().label().toLowerCase());
            track(r, actor.username(), "Đã đóng tài khoản " + i.username() + " (" + i.system().label() + ") ngày "
                    + PdfDocuments.dmy(on), null);
        }
        return now;
    }

    /** The notice of what was closed and when, once every account is closed. */
    DocumentRef issueNotice(String key, String processInstanceId) {
        Revocation r = get(key);
        AgencyInfo agency = organization.agency(r.agencyCode()).orElseThrow();
        // the notice is drawn up from what the office reported
        // (reported by the application itself, issue 22: by the office, which is told and checks it)
        PersonInfo reporter = organization.person(r.reportedBy())
                .orElseGet(() -> SourceClosings.bySource(r) ? offices(r).stream().findFirst().orElse(null) : null);
        List<ClosureNotice.Account> accountsClosed = new ArrayList<>();
        for (RevocationItem i : r.items()) {
            accountsClosed.add(new ClosureNotice.Account(i.system().label(), i.username(),
                    i.kept() ? null : i.closedOn(), i.kept() ? "" : name(i.closedBy()),
                    !i.kept() && i.closedOn().isAfter(r.deadline())));
        }
        String official = r.noticeNumber(() -> numbers.issue(DocumentKind.CLOSURE_NOTICE, agency, today().getYear()));
        // sealed, it is signed in the agency's name: by the office that reported, or its head when she may not
        boolean sealed = documents.seals(r.agencyCode(), DocumentKind.CLOSURE_NOTICE);
        PersonInfo signer = sealed ? SignatureCapacity.signer(agency.signerTitle(), reporter,
                organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null))
                : reporter;
        ClosureNotice notice = new ClosureNotice(agency,
                organization.province().placeName(), today(), official, name(r.personUsername()),
                r.reason().label().toLowerCase(), r.newPosition(), r.newAgency(), r.handoverDate(), r.deadline(),
                accountsClosed, signer, r.reportedBy(), sealed);
        DocumentRef doc = documents.store(DocumentKind.CLOSURE_NOTICE, noticeFileName(r),
                pdf.titled(notice.data(texts)), r.agencyCode(), r.personUsername(), processInstanceId, official);
        r.finish(doc.id(), clock.instant());
        // on time or not is the day the last account was closed, not the day the notice was issued
        track(r, "system", "Thông báo đóng tài khoản đã lập", lastClosed(r) == null ? today() : lastClosed(r));
        events.publishEvent(new RequestDocumentAdded(RequestKind.REVOCATION, r.id(), doc.id(), doc.fileName()));
        List<PersonInfo> to = new ArrayList<>(offices(r));
        organization.person(r.personUsername()).ifPresent(to::add);
        DocumentTexts.Message m = messages.finished(r, name(r.personUsername()));
        notifier.notify(to, m.subject(), m.body(), ref(r));
        return doc;
    }

    /**
     * Who closes one account of the report: that system's administrators (their group); when the person leaving is
     * one of them, the others by name (issue 23: nobody closes her own account).
     */
    @Transactional(readOnly = true)
    Deciders closers(String key, long itemId) {
        Revocation r = get(key);
        return closers(r, item(r, itemId));
    }

    /** That system's administrators' group (the model before issue 23 names it). */
    @Transactional(readOnly = true)
    String administratorsGroup(String key, long itemId) {
        Revocation r = get(key);
        return administrators(r, item(r, itemId));
    }

    private Deciders closers(Revocation r, RevocationItem i) {
        return i.system() == AccountSystem.DLDC_TTHC
                ? organization.roleBut(Role.TTHC_ADMIN, null, List.of(r.personUsername()))
                : organization.roleBut(Role.AGENCY_OFFICE, r.agencyCode(), List.of(r.personUsername()));
    }

    /** An item of this very report (never one of another). */
    private static RevocationItem item(Revocation r, long itemId) {
        return r.item(itemId).orElseThrow(() -> new RevocationException("No item " + itemId + " in " + r.id(),
                "Không tìm thấy tài khoản trong báo cáo."));
    }

    /** That system's administrators: the TTHC administrators for DLDC, the agency office for the others. */
    private static String administrators(Revocation r, RevocationItem i) {
        return i.system() == AccountSystem.DLDC_TTHC ? Groups.TTHC_ADMINS : Groups.agencyOffice(r.agencyCode());
    }

    /** Administrators of each pending account, before the deadline. */
    void remindAdministrators(String key) {
        Revocation r = get(key);
        for (RevocationItem i : pending(r)) {
            DocumentTexts.Message m = messages.reminder(r, i, name(r.personUsername()));
            notifier.notify(organization.membersOf(administrators(r, i)).stream()
                    .filter(p -> !p.username().equals(r.personUsername())).toList(), m.subject(), m.body(), ref(r));
        }
    }

    /** The agency office and its leadership, at the deadline and every day after it. */
    void escalateOverdue(String key) {
        Revocation r = get(key);
        List<RevocationItem> pending = pending(r);
        if (pending.isEmpty()) {
            return;
        }
        List<PersonInfo> to = new ArrayList<>(offices(r));
        to.addAll(organization.peopleWithRole(Role.DIRECTOR, r.agencyCode(), null));
        DocumentTexts.Message m = messages.overdue(r, pending, name(r.personUsername()));
        notifier.notify(to, m.subject(), m.body(), ref(r));
    }

    /** Handover + 5 calendar days ("05 ngày"), or working days when so configured. */
    LocalDate deadlineFor(LocalDate handover) {
        return properties.workingDays() ? workingDays.addWorkingDays(handover, properties.deadlineDays())
                : handover.plusDays(properties.deadlineDays());
    }

    record UnitClosures(String unitCode, String unitName, int onTime, int late, int pending, int overdue) {
    }

    /** For the agency office: closures done within the deadline, late, and still pending, per unit. */
    @Transactional(readOnly = true)
    List<UnitClosures> closureReport(String agencyCode) {
        Map<String, int[]> byUnit = new java.util.TreeMap<>();
        LocalDate today = today();
        for (Revocation r : revocations.findByAgencyCodeOrderByIdAsc(agencyCode)) {
            int[] c = byUnit.computeIfAbsent(r.unitCode() == null ? "" : r.unitCode(), k -> new int[4]);
            for (RevocationItem i : r.items()) {
                if (i.kept()) {
                    continue;
                }
                if (i.closedOn() == null) {
                    c[2]++;
                    if (today.isAfter(r.deadline())) {
                        c[3]++;
                    }
                } else if (i.closedOn().isAfter(r.deadline())) {
                    c[1]++;
                } else {
                    c[0]++;
                }
            }
        }
        return byUnit.entrySet().stream().map(e -> new UnitClosures(e.getKey(), organization.unit(e.getKey())
                .map(vn.dldcaccess.organization.UnitInfo::name).orElse("(không thuộc đơn vị)"), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    /** Each morning, each agency office: every closure still pending, with its days left (negative: late). */
    int sendPendingDigests() {
        if (!workingDays.isWorkingDayToday()) {
            return 0;
        }
        LocalDate today = today();
        Map<String, List<Map<String, Object>>> lines = new java.util.TreeMap<>();
        for (Revocation r : revocations.findByStatus("OPEN")) {
            for (RevocationItem i : pending(r)) {
                lines.computeIfAbsent(r.agencyCode(), k -> new ArrayList<>())
                        .add(RevocationMessages.digestLine(r, i, name(r.personUsername()), today));
            }
        }
        lines.forEach((agency, l) -> {
            DocumentTexts.Message m = messages.digest(l);
            notifier.notify(organization.peopleWithRole(Role.AGENCY_OFFICE, agency, null), m.subject(), m.body(),
                    "DONG-TK-" + agency);
        });
        return lines.size();
    }

    @Transactional(readOnly = true)
    LocalDate deadline(String key) {
        return get(key).deadline();
    }

    private List<RevocationItem> pending(Revocation r) {
        return r.items().stream().filter(i -> !i.kept() && i.closedOn() == null).toList();
    }

    private String summary(Revocation r) {
        return messages.summary(r, name(r.personUsername()));
    }

    @Override
    public RequestKind kind() {
        return RequestKind.REVOCATION;
    }

    /**
     * Tells the register of every closing reported before it kept one (its one-time backfill): the report
     * when it was made, then, when done, its end.
     */
    @Override
    public int replayRequests() {
        List<Revocation> all = revocations.findAll(org.springframework.data.domain.Sort.by("id"));
        for (Revocation r : all) {
            publish(r, r.createdAt(), true, r.reportedBy(), r.reason().label() + ", bàn giao xong ngày "
                    + PdfDocuments.dmy(r.handoverDate()), null);
            if (!"OPEN".equals(r.status())) {
                publish(r, r.finishedAt() != null ? r.finishedAt() : r.createdAt(), false, "system",
                        "Thông báo đóng tài khoản đã lập", lastClosed(r));
            }
            if (r.noticeDocumentId() != null) {
                events.publishEvent(new RequestDocumentAdded(RequestKind.REVOCATION, r.id(), r.noticeDocumentId(),
                        noticeFileName(r)));
            }
        }
        return all.size();
    }

    /** The day the last of its accounts was closed (null: none yet). */
    private static LocalDate lastClosed(Revocation r) {
        return r.items().stream().map(RevocationItem::closedOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    private void track(Revocation r, String actor, String detail, LocalDate doneOn) {
        publish(r, clock.instant(), "OPEN".equals(r.status()), actor, detail, doneOn);
    }

    private void publish(Revocation r, java.time.Instant at, boolean open, String actor, String detail, LocalDate doneOn) {
        long toClose = r.items().stream().filter(i -> !i.kept()).count();
        long closed = r.items().stream().filter(i -> !i.kept() && i.closedOn() != null).count();
        RevocationStage stage = open ? RevocationStage.OPEN : RevocationStage.DONE;
        events.publishEvent(new RequestStep(RequestKind.REVOCATION, r.id(), ref(r), ref(r),
                new RequestStep.Party(r.personUsername(), name(r.personUsername()), null), r.agencyCode(), r.unitCode(),
                stage.name(), stage.label(), open, r.deadline(), at, actor,
                detail + " (" + closed + "/" + toClose + " tài khoản đã đóng)", doneOn));
    }

    private List<PersonInfo> offices(Revocation r) {
        return organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null);
    }

    private static String noticeFileName(Revocation r) {
        return "thong-bao-dong-tai-khoan-" + ref(r) + ".pdf";
    }

    static String ref(Revocation r) {
        return AccountRevocationProcess.businessKey(r.id());
    }

    private String name(String username) {
        return organization.person(username).map(PersonInfo::fullName).orElse(username);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VN));
    }

    private static String text(Map<String, Object> in, String key) {
        Object v = in.get(key);
        return v == null ? "" : Normalizer.normalize(v.toString().strip(), Normalizer.Form.NFC);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** The report a step of its process acts on, by the process's business key. */
    private Revocation get(String key) {
        return revocations.findById(AccountRevocationProcess.revocationId(key)).orElseThrow(
                () -> new RevocationException("No revocation " + key, "Không tìm thấy báo cáo."));
    }
}
