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
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.LetterData;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.AgencyInfo;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevocationService(RevocationRepository revocations, AccountRegister accounts, AuthorizationLetters authorizations,
                      OrganizationDirectory organization, TimerDates workingDays, RevocationProperties properties,
                      PdfDocuments pdf, DocumentStore documents, Notifier notifier, ApplicationEventPublisher events,
                      Clock clock) {
        this.revocations = revocations;
        this.accounts = accounts;
        this.authorizations = authorizations;
        this.organization = organization;
        this.workingDays = workingDays;
        this.properties = properties;
        this.pdf = pdf;
        this.documents = documents;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    record Opened(long id, List<Long> itemsToClose, LocalDate deadline, String summary) {
    }

    /** @param dldc whether it is a DLDC account: PC06 revokes it first, through the aggregator's next batch */
    record ItemInfo(long revocationId, long itemId, String administratorsGroup, String summary, boolean dldc) {
    }

    /** A report by the person's unit head or agency office; refused in Vietnamese when wrong. */
    Opened report(Map<String, Object> in, String reporter) {
        List<String> problems = new ArrayList<>();
        String personName = text(in, "personUsername");
        PersonInfo person = organization.person(personName).orElse(null);
        PersonInfo by = organization.person(reporter).orElse(null);
        if (person == null) {
            problems.add("Người nghỉ / chuyển: không có người có tên đăng nhập \"" + personName + "\"");
        } else if (by == null || !(by.has(Role.ADMIN)
                || (by.has(Role.AGENCY_OFFICE) && by.agencyCode().equals(person.agencyCode()))
                || (by.has(Role.UNIT_HEAD) && by.unitCode() != null && by.unitCode().equals(person.unitCode())))) {
            problems.add("Người báo cáo: chỉ lãnh đạo đơn vị hoặc Văn phòng của cơ quan người đó mới báo cáo được");
        }
        LeaveReason reason = null;
        try {
            reason = LeaveReason.valueOf(text(in, "leaveReason"));
        } catch (IllegalArgumentException e) {
            problems.add("Lý do: vui lòng chọn");
        }
        LocalDate handover = null;
        try {
            handover = FormValues.date(in.get("handoverDate"));
            if (handover == null) {
                problems.add("Ngày hoàn thành bàn giao: bắt buộc");
            } else if (handover.isAfter(today())) {
                problems.add("Ngày hoàn thành bàn giao: không được sau ngày hôm nay (báo cáo khi đã bàn giao xong)");
            }
        } catch (DateTimeParseException e) {
            problems.add("Ngày hoàn thành bàn giao: dạng yyyy-MM-dd");
        }
        String newPosition = text(in, "newPosition");
        String newAgency = text(in, "newAgency");
        if (reason == LeaveReason.POSITION_CHANGE && newPosition.isEmpty()) {
            problems.add("Vị trí mới: bắt buộc khi thay đổi vị trí công tác");
        }
        if (reason == LeaveReason.TRANSFER && newAgency.isEmpty()) {
            problems.add("Cơ quan mới: bắt buộc khi chuyển công tác");
        }
        Set<AccountSystem> keep = EnumSet.noneOf(AccountSystem.class);
        for (String s : FormValues.strings(in.get("keepSystems"))) {
            try {
                keep.add(AccountSystem.valueOf(s));
            } catch (IllegalArgumentException e) {
                problems.add("Tài khoản giữ lại: không rõ hệ thống " + s);
            }
        }
        // from a review: the marked accounts close, every other one is kept
        List<String> marked = FormValues.strings(in.get("closeAccountIds"));
        if (reason == LeaveReason.REVIEW && person != null) {
            for (AccountView a : accounts.accountsOf(person.username())) {
                if (!marked.contains(String.valueOf(a.id()))) {
                    keep.add(a.system());
                }
            }
        }
        if (!keep.isEmpty() && reason != null && !reason.mayKeep()) {
            problems.add("Tài khoản giữ lại: chỉ giữ được khi thay đổi vị trí trong cơ quan; " + reason.label().toLowerCase()
                    + " thì đóng mọi tài khoản");
        }
        List<AccountView> open = person == null ? List.of() : accounts.accountsOf(person.username()).stream()
                .filter(a -> a.status() != AccountStatus.CLOSED).toList();
        if (person != null && open.isEmpty()) {
            problems.add(person.fullName() + " không có tài khoản nào đang hoạt động trong sổ theo dõi: không có gì để đóng");
        } else if (reason == LeaveReason.REVIEW && open.stream().noneMatch(a -> marked.contains(String.valueOf(a.id())))) {
            problems.add("Không có tài khoản nào được đánh dấu đóng");
        } else if (reason != LeaveReason.REVIEW && !open.isEmpty() && open.stream().allMatch(a -> keep.contains(a.system()))) {
            problems.add("Mọi tài khoản đều được giữ lại: không có gì để đóng");
        }
        if (person != null && revocations.existsByOpenPerson(person.username())) {
            problems.add(person.fullName() + " đang có một báo cáo chưa hoàn tất; hãy hoàn tất báo cáo đó");
        }
        if (!problems.isEmpty()) {
            log.info("Leaver report refused: {} problems", problems.size());
            throw new RevocationException("Leaver report refused: " + problems.size(),
                    "Báo cáo chưa hợp lệ: " + String.join("; ", problems) + ".");
        }
        List<RevocationItem> items = new ArrayList<>();
        int n = 0;
        for (AccountView a : open) {
            boolean kept = reason == LeaveReason.REVIEW ? !marked.contains(String.valueOf(a.id())) : keep.contains(a.system());
            items.add(new RevocationItem(a.id(), a.system(), a.username(), kept, n++));
        }
        LocalDate deadline = deadlineFor(handover);
        Revocation r = revocations.saveAndFlush(new Revocation(person.username(), person.agencyCode(), person.unitCode(),
                reason, handover, deadline, blankToNull(newPosition), blankToNull(newAgency), reporter, items,
                clock.instant()));
        // letter 2932: authorizations of a person who leaves end at once (a review's closings end theirs with the account)
        if (reason != LeaveReason.REVIEW) {
            authorizations.cancelAllOf(person.username(), "người ủy quyền " + reason.label().toLowerCase());
        }
        log.info("Revocation {} opened for {} accounts, deadline {}", r.id(), items.size(), deadline);
        track(r, reporter, reason.label() + ", bàn giao xong ngày " + PdfDocuments.dmy(handover) + "; hạn đóng "
                + PdfDocuments.dmy(deadline), null);
        notifier.notify(offices(r), "Đóng tài khoản: " + person.fullName() + " " + reason.label().toLowerCase(),
                summary(r) + "\n\nHạn đóng: " + PdfDocuments.dmy(deadline) + ".", ref(r));
        return new Opened(r.id(), r.items().stream().filter(i -> !i.kept()).map(RevocationItem::id).toList(), deadline,
                summary(r));
    }

    @Transactional(readOnly = true)
    ItemInfo item(long revocationId, long itemId) {
        Revocation r = get(revocationId);
        RevocationItem i = r.item(itemId).orElseThrow();
        return new ItemInfo(r.id(), i.id(), administrators(r, i), "**Đóng tài khoản " + i.username() + "** (" + i.system().label()
                + ") của " + name(r.personUsername()) + ", " + r.reason().label().toLowerCase() + ", bàn giao xong ngày "
                + PdfDocuments.dmy(r.handoverDate()) + ".\n\n**Hạn đóng:** " + PdfDocuments.dmy(r.deadline())
                + (i.system() == AccountSystem.DLDC_TTHC ? "\n\nCông an tỉnh (PC06) đã xác nhận thu hồi quyền khai thác." : ""),
                i.system() == AccountSystem.DLDC_TTHC);
    }

    /** The "đề nghị thu hồi tài khoản" for a DLDC account, for the aggregator's next batch to PC06. */
    @Transactional(readOnly = true)
    vn.dldcaccess.aggregation.Pc06RevocationRequest pc06Request(long revocationId, long itemId) {
        Revocation r = get(revocationId);
        RevocationItem i = r.item(itemId).orElseThrow();
        return new vn.dldcaccess.aggregation.Pc06RevocationRequest(i.id(), ref(r), r.agencyCode(), r.personUsername(),
                name(r.personUsername()), i.username(), r.reason().label());
    }

    /** The administrator's record of the closing; the same closing twice is a no-op. */
    boolean recordClosed(long revocationId, long itemId, Object closedOnRaw, String actor) {
        Revocation r = get(revocationId);
        RevocationItem i = r.item(itemId).orElseThrow(() -> new RevocationException("No item " + itemId,
                "Không tìm thấy tài khoản trong báo cáo."));
        LocalDate on;
        try {
            on = FormValues.date(closedOnRaw);
        } catch (DateTimeParseException e) {
            throw new RevocationException("Bad date", "Ngày đóng tài khoản: dạng yyyy-MM-dd.");
        }
        if (on == null) {
            throw new RevocationException("No date", "Ngày đóng tài khoản: bắt buộc.");
        }
        if (on.isAfter(today())) {
            throw new RevocationException("Future date", "Ngày đóng tài khoản: không được sau ngày hôm nay.");
        }
        boolean now = i.close(on, actor, clock.instant());
        if (now) {
            accounts.close(i.accountId(), actor, "Đóng ngày " + PdfDocuments.dmy(on) + " do " + r.reason().label().toLowerCase());
            track(r, actor, "Đã đóng tài khoản " + i.username() + " (" + i.system().label() + ") ngày "
                    + PdfDocuments.dmy(on), null);
        }
        return now;
    }

    /** The notice of what was closed and when, once every account is closed. */
    DocumentRef issueNotice(long revocationId, String processInstanceId) {
        Revocation r = get(revocationId);
        AgencyInfo agency = organization.agency(r.agencyCode()).orElseThrow();
        PersonInfo office = organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null).stream().findFirst()
                .orElse(null);
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (RevocationItem i : r.items()) {
            rows.add(List.of(String.valueOf(n++), i.system().label(), i.username(),
                    i.kept() ? "Giữ lại" : PdfDocuments.dmy(i.closedOn()),
                    i.kept() ? "" : name(i.closedBy()),
                    i.kept() ? "" : (i.closedOn().isAfter(r.deadline()) ? "Quá hạn" : "Đúng hạn")));
        }
        LetterData data = new LetterData(
                new OfficialHeader(agency.parentBody(), agency.name(), "Số: " + ref(r), "V/v đóng tài khoản của "
                        + name(r.personUsername()), organization.province().placeName(), today()),
                "Các đơn vị quản trị hệ thống; " + name(r.personUsername()),
                List.of("Thực hiện Công văn số 2932 về bảo đảm an toàn thông tin: khi cán bộ thay đổi vị trí công tác, "
                                + "chuyển công tác, nghỉ hưu hoặc nghỉ việc, các tài khoản được đóng chậm nhất 05 ngày "
                                + "sau khi hoàn thành bàn giao;",
                        agency.name() + " thông báo: " + name(r.personUsername()) + " " + r.reason().label().toLowerCase()
                                + (r.newPosition() == null ? "" : " (vị trí mới: " + r.newPosition() + ")")
                                + (r.newAgency() == null ? "" : " (cơ quan mới: " + r.newAgency() + ")")
                                + ", hoàn thành bàn giao ngày " + PdfDocuments.dmy(r.handoverDate()) + ", hạn đóng tài "
                                + "khoản ngày " + PdfDocuments.dmy(r.deadline()) + ". Các tài khoản đã được xử lý như "
                                + "danh sách kèm theo; các giấy ủy quyền của người này đã chấm dứt.",
                        "Trân trọng./."),
                "DANH SÁCH TÀI KHOẢN ĐÃ ĐÓNG",
                List.of("STT", "Hệ thống", "Tài khoản", "Ngày đóng", "Người đóng", "Thời hạn"),
                new float[]{25, 110, 110, 60, 100, 50},
                LetterData.single(rows),
                List.of("Như trên;", "Lãnh đạo đơn vị;", "Lưu: VT, VP."),
                PdfDocuments.signatureTitle("TL. " + agency.signerTitle(), office == null ? null : office.position()),
                office == null ? "" : office.fullName());
        DocumentRef doc = documents.store(DocumentKind.CLOSURE_NOTICE, noticeFileName(r),
                pdf.letterWithList(data, true), r.agencyCode(), r.personUsername(), processInstanceId);
        r.finish(doc.id(), clock.instant());
        // on time or not is the day the last account was closed, not the day the notice was issued
        track(r, "system", "Thông báo đóng tài khoản đã lập", lastClosed(r) == null ? today() : lastClosed(r));
        events.publishEvent(new RequestDocumentAdded(RequestKind.REVOCATION, r.id(), doc.id(), doc.fileName()));
        List<PersonInfo> to = new ArrayList<>(offices(r));
        organization.person(r.personUsername()).ifPresent(to::add);
        notifier.notify(to, "Đã đóng tài khoản của " + name(r.personUsername()), summary(r), ref(r));
        return doc;
    }

    /** That system's administrators: the TTHC administrators for DLDC, the agency office for the others. */
    private static String administrators(Revocation r, RevocationItem i) {
        return i.system() == AccountSystem.DLDC_TTHC ? Groups.TTHC_ADMINS : Groups.agencyOffice(r.agencyCode());
    }

    /** Administrators of each pending account, before the deadline. */
    void remindAdministrators(long revocationId) {
        Revocation r = get(revocationId);
        for (RevocationItem i : pending(r)) {
            notifier.notify(organization.membersOf(administrators(r, i)), "Nhắc việc: đóng tài khoản " + i.username(),
                    "Tài khoản " + i.username() + " (" + i.system().label() + ") của " + name(r.personUsername())
                            + " phải được đóng chậm nhất ngày " + PdfDocuments.dmy(r.deadline()) + ".", ref(r));
        }
    }

    /** The agency office and its leadership, at the deadline and every day after it. */
    void escalateOverdue(long revocationId) {
        Revocation r = get(revocationId);
        List<RevocationItem> pending = pending(r);
        if (pending.isEmpty()) {
            return;
        }
        List<PersonInfo> to = new ArrayList<>(offices(r));
        to.addAll(organization.peopleWithRole(Role.DIRECTOR, r.agencyCode(), null));
        notifier.notify(to, "Quá hạn đóng tài khoản: " + name(r.personUsername()),
                "Hạn đóng tài khoản của " + name(r.personUsername()) + " là ngày " + PdfDocuments.dmy(r.deadline())
                        + ". Còn " + pending.size() + " tài khoản chưa đóng: " + pending.stream()
                        .map(i -> i.username() + " (" + i.system().label() + ")").collect(Collectors.joining(", ")) + ".",
                ref(r));
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
        Map<String, List<String>> lines = new java.util.TreeMap<>();
        for (Revocation r : revocations.findByStatus("OPEN")) {
            for (RevocationItem i : pending(r)) {
                long left = java.time.temporal.ChronoUnit.DAYS.between(today, r.deadline());
                lines.computeIfAbsent(r.agencyCode(), k -> new ArrayList<>()).add("- " + name(r.personUsername()) + ": "
                        + i.username() + " (" + i.system().label() + "), hạn " + PdfDocuments.dmy(r.deadline()) + ", "
                        + (left >= 0 ? "còn " + left + " ngày" : "quá hạn " + (-left) + " ngày"));
            }
        }
        lines.forEach((agency, l) -> notifier.notify(organization.peopleWithRole(Role.AGENCY_OFFICE, agency, null),
                "Tài khoản chờ đóng: " + l.size(), "Các tài khoản chưa đóng của người nghỉ / chuyển công tác:\n\n"
                        + String.join("\n", l), "DONG-TK-" + agency));
        return lines.size();
    }

    @Transactional(readOnly = true)
    LocalDate deadline(long revocationId) {
        return get(revocationId).deadline();
    }

    private List<RevocationItem> pending(Revocation r) {
        return r.items().stream().filter(i -> !i.kept() && i.closedOn() == null).toList();
    }

    private String summary(Revocation r) {
        return "**" + name(r.personUsername()) + "**: " + r.reason().label().toLowerCase() + ", bàn giao xong ngày "
                + PdfDocuments.dmy(r.handoverDate()) + ".\n\n" + r.items().stream().map(i -> "- " + i.username() + " ("
                + i.system().label() + "): " + (i.kept() ? "giữ lại" : i.closedOn() == null ? "chờ đóng"
                : "đã đóng ngày " + PdfDocuments.dmy(i.closedOn()))).collect(Collectors.joining("\n"));
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
        return "TH-" + r.id();
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

    private Revocation get(long id) {
        return revocations.findById(id).orElseThrow(() -> new RevocationException("No revocation " + id,
                "Không tìm thấy báo cáo."));
    }
}
