package vn.dldcaccess.review;

import vn.dldcaccess.shared.PlainText;


import vn.dldcaccess.organization.Actor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentNumbers;
import vn.dldcaccess.document.DocumentTemplate;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.ReviewReport;
import vn.dldcaccess.document.SignatureCapacity;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;
import vn.dldcaccess.shared.RequestStep;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Review campaigns: open, review each unit, report, finish. No engine types. */
@Service
@Transactional
class ReviewService implements RequestReplay {
    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The length the review form shows for the reasons. */
    static final int MAX_REASONS = 2000;

    private final ReviewRepository campaigns;
    private final OrganizationDirectory organization;
    private final TimerDates workingDays;
    private final ReviewProperties properties;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentNumbers numbers;
    private final DocumentTexts texts;
    private final ReviewMessages messages;
    private final Notifier notifier;
    private final ApplicationEventPublisher events;
    private final ReviewParts parts;
    private final Clock clock;

    ReviewService(ReviewRepository campaigns, OrganizationDirectory organization,
                  TimerDates workingDays, ReviewProperties properties, PdfDocuments pdf, DocumentStore documents,
                  DocumentNumbers numbers, DocumentTexts texts, ReviewMessages messages, Notifier notifier,
                  ApplicationEventPublisher events, ReviewParts parts, Clock clock) {
        this.campaigns = campaigns;
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
        this.parts = parts;
        this.clock = clock;
    }

    record Opened(String businessKey, String agencyCode, List<Long> unitReviews, LocalDate dueDate) {
    }

    record UnitTask(List<Map<String, String>> accountOptions, String summary) {
    }

    /** Marked accounts, by holder, for revocation. */
    record Recorded(DocumentRef report, Map<String, List<Long>> toClose) {
    }

    /** For the agency given, or the agency of the office clerk who starts it. */
    /**
     * Opens a campaign: for the agency of the office clerk logged in, or, for the schedule (the system), for the
     * agency it names; a person's campaign is always of their own agency, whatever a variable says.
     */
    Opened open(String scheduledAgency, Actor starter) {
        String agency = starter.isSystem() ? scheduledAgency : starter.agencyCode();
        if (agency == null || (!starter.isSystem() && !starter.has(Role.AGENCY_OFFICE))) {
            throw new ReviewException("Not an office: " + starter.username(),
                    "Chỉ Văn phòng của cơ quan mới mở được đợt rà soát.");
        }
        if (campaigns.existsByOpenAgency(agency)) {
            throw new ReviewException("Open campaign for " + agency,
                    "Cơ quan đang có một đợt rà soát chưa xong; hãy hoàn tất đợt đó.");
        }
        List<UnitReview> units = parts.open(agency);
        if (units.isEmpty()) {
            throw new ReviewException("Nothing to review in " + agency,
                    "Cơ quan chưa có tài khoản nào của các đơn vị trong sổ theo dõi: không có gì để rà soát.");
        }
        LocalDate due = workingDays.addWorkingDays(LocalDate.now(clock.withZone(VN)), properties.dueWorkingDays());
        ReviewCampaign c = campaigns.saveAndFlush(new ReviewCampaign(agency, starter, clock.instant(), due, units));
        log.info("Review campaign {} opened for {} units of {}", c.id(), units.size(), agency);
        for (UnitReview u : c.units()) {
            track(c, u, starter.username(), "Đợt rà soát " + ref(c) + ", hạn " + PdfDocuments.dmy(due));
        }
        return new Opened(ref(c), agency, c.units().stream().map(UnitReview::id).toList(), due);
    }

    /** Agencies a scheduled campaign starts for: those with accounts and no open campaign. */
    @Transactional(readOnly = true)
    List<String> agenciesDue() {
        return organization.agencies(AgencyKind.AGENCY).stream().map(AgencyInfo::code)
                .filter(a -> !campaigns.existsByOpenAgency(a)).filter(a -> !parts.openAccountsByUnit(a).isEmpty()).toList();
    }

    @Transactional(readOnly = true)
    UnitTask unitTask(String key, long unitReviewId) {
        ReviewCampaign c = get(key);
        UnitReview u = unit(c, unitReviewId);
        List<AccountView> list = parts.accounts(c, u);
        List<Map<String, String>> options = list.stream().map(a -> Map.of("value", String.valueOf(a.id()),
                "label", a.system().label() + " - " + a.username() + " - " + a.holderName())).toList();
        String summary = messages.unitTask(parts.label(u), PdfDocuments.dmy(c.dueDate()), list, parts.reconciliation(list));
        return new UnitTask(options, summary);
    }

    /** The unit head's result: every account kept but the marked ones, which need a reason. */
    Recorded record(String key, long unitReviewId, List<String> marked, String reasonRaw, Actor unitHead,
                    String processInstanceId) {
        ReviewCampaign c = get(key);
        UnitReview u = unit(c, unitReviewId);
        String reasonText;
        try {
            reasonText = PlainText.paragraph(reasonRaw, MAX_REASONS);
        } catch (IllegalArgumentException e) {
            throw new ReviewException("Reasons refused", "Lý do đề nghị đóng: " + e.getMessage() + ".");
        }
        List<AccountView> list = parts.accounts(c, u);
        Map<String, AccountView> byId = list.stream().collect(Collectors.toMap(a -> String.valueOf(a.id()), a -> a));
        List<String> problems = new ArrayList<>();
        for (String id : marked) {
            if (!byId.containsKey(id)) {
                problems.add("Tài khoản đề nghị đóng: tài khoản " + id + " không thuộc đơn vị hoặc đã đóng");
            }
        }
        Map<String, String> reasons = reasons(marked.stream().filter(byId::containsKey)
                .map(id -> byId.get(id).username()).toList(), reasonText);
        for (String id : marked) {
            AccountView a = byId.get(id);
            if (a != null && reasons.get(a.username()) == null) {
                problems.add("Lý do đề nghị đóng: ghi rõ lý do đề nghị đóng tài khoản " + a.username());
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewException("Unit review refused: " + problems, "Chưa ghi được kết quả rà soát: "
                    + String.join("; ", problems) + ".");
        }
        List<ReviewDecision> decisions = new ArrayList<>();
        Map<String, List<Long>> toClose = new LinkedHashMap<>();
        for (AccountView a : list) {
            boolean close = marked.contains(String.valueOf(a.id()));
            decisions.add(new ReviewDecision(a.id(), a.system(), a.username(), a.holderUsername(), !close,
                    close ? reasons.get(a.username()) : null));
            if (close) {
                toClose.computeIfAbsent(a.holderUsername(), k -> new ArrayList<>()).add(a.id());
            }
        }
        u.record(decisions, unitHead, parts.reviewers(c, u), clock.instant());
        DocumentRef report = renderReport(c, u, processInstanceId);
        int closing = toClose.values().stream().mapToInt(List::size).sum();
        track(c, u, unitHead.username(), decisions.size() + " tài khoản đã rà soát, " + closing + " đề nghị đóng");
        events.publishEvent(new RequestDocumentAdded(RequestKind.REVIEW, u.id(), report.id(), report.fileName()));
        return new Recorded(report, toClose);
    }

    /**
     * Reasons per marked account: a line "tên tài khoản: lý do" for that account, any other line is the reason
     * for every marked account without a line of its own.
     */
    static Map<String, String> reasons(List<String> markedUsernames, String text) {
        Map<String, String> own = new LinkedHashMap<>();
        StringBuilder common = new StringBuilder();
        if (text != null) {
            for (String line : Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R")) {
                String l = line.strip();
                int colon = l.indexOf(':');
                String key = colon > 0 ? l.substring(0, colon).strip() : null;
                if (key != null && markedUsernames.contains(key)) {
                    // "tài khoản:" with nothing after it gives that account no reason of its own
                    if (!l.substring(colon + 1).isBlank()) {
                        own.put(key, l.substring(colon + 1).strip());
                    }
                } else if (!l.isEmpty()) {
                    common.append(common.length() == 0 ? "" : " ").append(l);
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String u : markedUsernames) {
            String r = own.getOrDefault(u, common.length() == 0 ? null : common.toString());
            if (r != null) {
                out.put(u, r);
            }
        }
        return out;
    }

    void remindUnitHeads(String key) {
        ReviewCampaign c = get(key);
        for (UnitReview u : c.units()) {
            if (!u.done()) {
                DocumentTexts.Message m = messages.reminder(parts.label(u), PdfDocuments.dmy(c.dueDate()));
                notifier.notify(parts.reviewerPeople(c, u), m.subject(), m.body(), ref(c));
            }
        }
    }

    void escalateToOffice(String key) {
        ReviewCampaign c = get(key);
        List<String> pending = c.units().stream().filter(u -> !u.done()).map(parts::label).toList();
        if (!pending.isEmpty()) {
            DocumentTexts.Message m = messages.overdue(PdfDocuments.dmy(c.dueDate()), pending);
            notifier.notify(organization.peopleWithRole(Role.AGENCY_OFFICE, c.agencyCode(), null), m.subject(),
                    m.body(), ref(c));
        }
    }

    void finish(String key) {
        get(key).finish(clock.instant());
    }

    @Transactional(readOnly = true)
    LocalDate dueDate(String key) {
        return get(key).dueDate();
    }

    /**
     * Who reviews one part: the unit's heads (Task_ReviewUnitAccounts' candidate group); a head's own accounts, the
     * unit's other heads by name, or the agency office (issue 23).
     */
    @Transactional(readOnly = true)
    Deciders reviewers(String key, long unitReviewId) {
        ReviewCampaign c = get(key);
        return parts.reviewers(c, unit(c, unitReviewId));
    }

    /** The unit's heads' group (the model before issue 23 names it). */
    @Transactional(readOnly = true)
    String unitHeadGroup(String key, long unitReviewId) {
        return vn.dldcaccess.organization.Groups.unitHeads(unit(get(key), unitReviewId).unitCode());
    }

    /** A unit review of this very campaign (never one of another). */
    private static UnitReview unit(ReviewCampaign c, long unitReviewId) {
        return c.unit(unitReviewId).orElseThrow(() -> new ReviewException("No unit review " + unitReviewId,
                "Không tìm thấy đơn vị trong đợt rà soát."));
    }

    /** Progress per unit of the agency's campaigns, newest first. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> progress(String agencyCode) {
        return campaigns.findByAgencyCodeOrderByIdDesc(agencyCode).stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("campaign", ref(c));
            m.put("status", "OPEN".equals(c.status()) ? "Đang rà soát" : "Đã xong");
            m.put("dueDate", PdfDocuments.dmy(c.dueDate()));
            m.put("units", c.units().stream().map(u -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("unit", parts.label(u));
                r.put("done", u.done());
                r.put("kept", u.decisions().stream().filter(ReviewDecision::keep).count());
                r.put("markedForClosure", u.decisions().stream().filter(d -> !d.keep()).count());
                r.put("report", u.documentId() == null ? "" : "/api/documents/" + u.documentId());
                return r;
            }).toList());
            return m;
        }).toList();
    }

    private DocumentRef renderReport(ReviewCampaign c, UnitReview u, String processInstanceId) {
        AgencyInfo agency = organization.agency(c.agencyCode()).orElseThrow();
        PersonInfo reviewer = organization.person(u.reviewedBy()).orElse(null);
        List<ReviewReport.Account> accounts = new ArrayList<>();
        for (ReviewDecision d : u.decisions()) {
            accounts.add(new ReviewReport.Account(d.system().label(), d.username(), name(d.holderUsername()), d.keep(),
                    d.reason()));
        }
        java.time.ZonedDateTime recorded = u.reviewedAt().atZone(VN);
        String official = u.reportNumber(() -> numbers.issue(DocumentKind.REVIEW_REPORT, agency, recorded.getYear()));
        // sealed, it is signed in the agency's name: by the reviewer, or the office beside her when she may not
        boolean sealed = documents.seals(c.agencyCode(), DocumentKind.REVIEW_REPORT);
        PersonInfo officeSigner = sealed ? SignatureCapacity.signer(agency.signerTitle(), null,
                organization.peopleWithRole(Role.AGENCY_OFFICE, c.agencyCode(), null)) : null;
        ReviewReport report = new ReviewReport(agency, unitName(u.unitCode()), official, ref(c),
                c.startedAt().atZone(VN).toLocalDate(), recorded, accounts, reviewer, u.reviewedBy(), officeSigner, sealed);
        DocumentRef doc = documents.store(DocumentKind.REVIEW_REPORT, reportFileName(c, u),
                pdf.titled(report.data(texts)), c.agencyCode(), null, processInstanceId, official);
        u.attachDocument(doc.id());
        return doc;
    }

    /** Each unit's part of a campaign is a request of its own in the register (the unit heads' task). */
    private void track(ReviewCampaign c, UnitReview u, String actor, String detail) {
        publish(c, u, !u.done(), clock.instant(), actor, detail);
    }

    private void publish(ReviewCampaign c, UnitReview u, boolean open, java.time.Instant at, String actor, String detail) {
        UnitReviewStage stage = open ? UnitReviewStage.PENDING : UnitReviewStage.DONE;
        // a head's own accounts are a request about her: it shows in her "Hồ sơ của tôi"
        RequestStep.Party holder = u.holderUsername() == null ? null
                : new RequestStep.Party(u.holderUsername(), name(u.holderUsername()), null);
        String number = unitNumber(c, u);
        events.publishEvent(new RequestStep(RequestKind.REVIEW, u.id(), number, ref(c), holder,
                c.agencyCode(), u.unitCode(), stage.name(), stage.label(), open, c.dueDate(), at, actor, detail));
    }

    @Override
    public RequestKind kind() {
        return RequestKind.REVIEW;
    }

    /**
     * Tells the register of every unit review made before it kept one (its one-time backfill): the campaign's
     * start, then the unit's result when it has one.
     */
    @Override
    public int replayRequests() {
        List<ReviewCampaign> all = campaigns.findAll(org.springframework.data.domain.Sort.by("id"));
        for (ReviewCampaign c : all) {
            for (UnitReview u : c.units()) {
                publish(c, u, true, c.startedAt(), c.startedBy(), "Đợt rà soát " + ref(c) + ", hạn "
                        + PdfDocuments.dmy(c.dueDate()));
                if (u.done()) {
                    publish(c, u, false, u.reviewedAt(), u.reviewedBy(), u.decisions().size() + " tài khoản đã rà soát");
                }
                if (u.documentId() != null) {
                    events.publishEvent(new RequestDocumentAdded(RequestKind.REVIEW, u.id(), u.documentId(),
                            reportFileName(c, u)));
                }
            }
        }
        return all.size();
    }

    private static String reportFileName(ReviewCampaign c, UnitReview u) {
        return "bien-ban-ra-soat-" + ref(c) + "-" + u.unitCode()
                + (u.holderUsername() == null ? "" : "-" + u.holderUsername()) + ".pdf";
    }

    /**
     * A unit's part of a campaign as the register numbers it: the campaign's key and the part's place in it
     * ("RS-1-2"), in the style of every other key (a prefix and numbers), never a unit's internal code or a log-in.
     */
    static String unitNumber(ReviewCampaign c, UnitReview u) {
        return ref(c) + "-" + (c.units().indexOf(u) + 1);
    }

    static String ref(ReviewCampaign c) {
        return AccountReviewProcess.BUSINESS_KEY.of(c.id());
    }

    private String unitName(String code) {
        return organization.unit(code).map(UnitInfo::name).orElse(code);
    }

    private String name(String username) {
        return organization.person(username).map(PersonInfo::fullName).orElse(username);
    }

    /** The campaign a step of its process acts on, by the process's business key. */
    private ReviewCampaign get(String key) {
        long id = AccountReviewProcess.BUSINESS_KEY.id(key);
        return campaigns.findById(id).orElseThrow(() -> new ReviewException("No campaign " + key,
                "Không tìm thấy đợt rà soát."));
    }
}
