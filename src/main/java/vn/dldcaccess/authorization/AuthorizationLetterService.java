package vn.dldcaccess.authorization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;
import vn.dldcaccess.shared.RequestStep;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.document.AuthorizationLetterData;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.LabeledValue;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.shared.FormValues;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The authorization letter domain: request, decide, render, activate, end. No engine types. */
@Service
@Transactional
class AuthorizationLetterService implements RequestReplay {
    private static final Logger log = LoggerFactory.getLogger(AuthorizationLetterService.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final EnumSet<AuthorizationStatus> OPEN = EnumSet.of(AuthorizationStatus.REQUESTED,
            AuthorizationStatus.RETURNED, AuthorizationStatus.APPROVED, AuthorizationStatus.ACTIVE);

    private final AuthorizationRepository authorizations;
    private final AccountRegister accounts;
    private final OrganizationDirectory organization;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final Notifier notifier;
    private final AuthorizationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthorizationLetterService(AuthorizationRepository authorizations, AccountRegister accounts,
                         OrganizationDirectory organization, PdfDocuments pdf, DocumentStore documents,
                         Notifier notifier, AuthorizationProperties properties, ApplicationEventPublisher events,
                         Clock clock) {
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.organization = organization;
        this.pdf = pdf;
        this.documents = documents;
        this.notifier = notifier;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    record Recorded(long id, long accountId, String unitHeadGroup, String summary) {
    }

    enum Decision { APPROVE, RETURN, REJECT }

    Recorded request(Map<String, Object> input, String holder) {
        PersonInfo person = organization.person(holder).orElseThrow(() -> new AuthorizationException(
                "Unknown holder " + holder, "Không tìm thấy người ủy quyền trong danh sách cán bộ."));
        AuthorizationTerms terms = validate(input, person, null);
        Authorization a = authorizations.saveAndFlush(new Authorization(terms, holder, person.agencyCode(),
                person.unitCode(), clock.instant()));
        log.info("Authorization {} requested on account {}", a.id(), terms.accountId());
        track(a, holder, "Ủy quyền cho " + name(a.delegateUsername()) + " từ " + PdfDocuments.dmy(a.validFrom())
                + " đến " + PdfDocuments.dmy(a.validTo()));
        return recorded(a);
    }

    Recorded correct(long id, Map<String, Object> input, String holder) {
        Authorization a = get(id);
        PersonInfo person = organization.person(a.holderUsername()).orElseThrow();
        a.correct(validate(input, person, id));
        track(a, holder, "Bổ sung: ủy quyền cho " + name(a.delegateUsername()) + " từ " + PdfDocuments.dmy(a.validFrom())
                + " đến " + PdfDocuments.dmy(a.validTo()));
        return recorded(a);
    }

    Decision decide(long id, String decisionText, String comment, String unitHead) {
        Authorization a = get(id);
        Decision d;
        try {
            d = Decision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Unknown decision " + decisionText,
                    "Vui lòng chọn: duyệt, trả lại để bổ sung, hoặc không duyệt.");
        }
        String text = comment == null || comment.isBlank() ? null : nfc(comment);
        if (d != Decision.APPROVE && text == null) {
            throw new AuthorizationException("Decision " + d + " without comment", d == Decision.RETURN
                    ? "Khi trả lại, vui lòng ghi rõ nội dung cần bổ sung." : "Khi không duyệt, vui lòng ghi rõ lý do.");
        }
        switch (d) {
            case APPROVE -> a.approve(unitHead, text, clock.instant());
            case RETURN -> a.returnToHolder(unitHead, text, clock.instant());
            case REJECT -> {
                a.reject(unitHead, text, clock.instant());
                tell(a, "Giấy ủy quyền không được duyệt", "Lãnh đạo đơn vị không duyệt giấy ủy quyền sử dụng tài khoản "
                        + account(a).username() + " cho " + name(a.delegateUsername()) + ". Lý do: " + text);
            }
        }
        track(a, unitHead, text);
        return d;
    }

    /** The giấy ủy quyền, once approved: both parties, period, scope, responsibilities, signatures. */
    DocumentRef render(long id, String processInstanceId) {
        Authorization a = get(id);
        AccountView acc = account(a);
        AgencyInfo agency = organization.agency(a.agencyCode()).orElseThrow();
        PersonInfo holder = organization.person(a.holderUsername()).orElseThrow();
        PersonInfo delegate = organization.person(a.delegateUsername()).orElseThrow();
        String approver = organization.person(a.decidedBy()).map(PersonInfo::fullName).orElse(a.decidedBy());
        LocalDate approvedOn = a.decidedAt() == null ? LocalDate.now(clock.withZone(VN)) : a.decidedAt().atZone(VN).toLocalDate();
        AuthorizationLetterData data = new AuthorizationLetterData(
                new OfficialHeader(agency.parentBody(), agency.name(), "Số: " + number(a), null,
                        organization.province().placeName(), approvedOn),
                "Về việc sử dụng tài khoản " + acc.system().label() + " trong thời gian vắng mặt",
                party(holder), party(delegate),
                List.of(new LabeledValue("Tài khoản", acc.username() + " (" + acc.system().label() + ")"),
                        new LabeledValue("Thời hạn ủy quyền", "từ ngày " + PdfDocuments.dmy(a.validFrom()) + " đến hết ngày "
                                + PdfDocuments.dmy(a.validTo())),
                        new LabeledValue("Lý do", a.reason().label() + (a.reasonDetail() == null ? "" : ": " + a.reasonDetail())),
                        new LabeledValue("Phạm vi ủy quyền", a.scope())),
                lines(a.holderDuties()), lines(a.delegateDuties()), holder.fullName(), delegate.fullName(),
                "XÁC NHẬN CỦA LÃNH ĐẠO ĐƠN VỊ", approver, approvedOn);
        DocumentRef ref = documents.store(DocumentKind.AUTHORIZATION_LETTER, letterFileName(a),
                pdf.authorizationLetter(data), a.agencyCode(), a.holderUsername(), processInstanceId);
        a.attachDocument(ref.id());
        events.publishEvent(new RequestDocumentAdded(RequestKind.AUTHORIZATION, a.id(), ref.id(), ref.fileName()));
        tell(a, "Giấy ủy quyền đã được duyệt", "Giấy ủy quyền số " + number(a) + " sử dụng tài khoản " + acc.username()
                + " từ ngày " + PdfDocuments.dmy(a.validFrom()) + " đến hết ngày " + PdfDocuments.dmy(a.validTo())
                + " đã được lãnh đạo đơn vị duyệt.");
        return ref;
    }

    void activate(long id) {
        Authorization a = get(id);
        a.activate(clock.instant());
        track(a, "system", "Đến ngày bắt đầu ủy quyền");
        tell(a, "Bắt đầu ủy quyền sử dụng tài khoản " + account(a).username(), name(a.delegateUsername())
                + " được sử dụng tài khoản " + account(a).username() + " theo giấy ủy quyền số " + number(a)
                + " đến hết ngày " + PdfDocuments.dmy(a.validTo()) + ", trong phạm vi: " + a.scope());
    }

    /** @return whether it ended now (false: it had ended already) */
    boolean end(long id, String why) {
        Authorization a = get(id);
        boolean ended = a.end(why, clock.instant());
        if (ended) {
            track(a, "system", why);
            tell(a, "Kết thúc ủy quyền sử dụng tài khoản " + account(a).username(), "Giấy ủy quyền số " + number(a)
                    + " đã kết thúc (" + why + "). " + name(a.delegateUsername()) + " không còn được sử dụng tài khoản; "
                    + "người ủy quyền cần đổi mật khẩu.");
        }
        return ended;
    }

    /** Ends an authorization in any open state (the holder left, the account closed); twice is a no-op. */
    void cancel(long id, String why) {
        Authorization a = get(id);
        if (a.status() == AuthorizationStatus.REQUESTED || a.status() == AuthorizationStatus.RETURNED) {
            a.reject("system", why, clock.instant());
            track(a, "system", why);
        } else if (a.status().isOpen()) {
            end(id, why);
        }
    }

    @Transactional(readOnly = true)
    List<Long> openOfAccount(long accountId) {
        return authorizations.findByAccountIdAndStatusIn(accountId, OPEN).stream().map(Authorization::id).toList();
    }

    @Transactional(readOnly = true)
    List<Long> openOfHolder(String holder) {
        return authorizations.findByHolderUsernameAndStatusIn(holder, OPEN).stream().map(Authorization::id).toList();
    }

    @Transactional(readOnly = true)
    List<AuthorizationView> views(java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? List.of() : authorizations.findByAccountIdInAndStatusInOrderByValidFromAsc(
                accountIds, OPEN).stream().map(a -> new AuthorizationView(number(a), a.accountId(), a.delegateUsername(),
                name(a.delegateUsername()), a.validFrom(), a.validTo(), a.status(), a.status().label())).toList();
    }

    @Transactional(readOnly = true)
    LocalDate validFrom(long id) {
        return get(id).validFrom();
    }

    @Transactional(readOnly = true)
    LocalDate validTo(long id) {
        return get(id).validTo();
    }

    @Transactional(readOnly = true)
    String activeSummary(long id) {
        Authorization a = get(id);
        return "**Giấy ủy quyền số " + number(a) + "**: " + name(a.delegateUsername()) + " sử dụng tài khoản "
                + account(a).username() + " từ ngày " + PdfDocuments.dmy(a.validFrom()) + " đến hết ngày "
                + PdfDocuments.dmy(a.validTo()) + ".\n\nỦy quyền tự kết thúc vào cuối ngày "
                + PdfDocuments.dmy(a.validTo()) + ". Hoàn thành công việc này để kết thúc sớm.";
    }

    // ---- validation ----

    private AuthorizationTerms validate(Map<String, Object> in, PersonInfo holder, Long self) {
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(VN));
        AccountView account = null;
        AccountSystem system = null;
        try {
            system = AccountSystem.valueOf(text(in, "accountSystem"));
        } catch (IllegalArgumentException e) {
            problems.add("Tài khoản: vui lòng chọn hệ thống");
        }
        if (system != null) {
            AccountSystem s = system;
            List<AccountView> mine = accounts.accountsOf(holder.username()).stream().filter(a -> a.system() == s).toList();
            Optional<AccountView> active = mine.stream().filter(a -> a.status() == AccountStatus.ACTIVE).findFirst();
            if (active.isPresent()) {
                account = active.get();
            } else if (mine.stream().anyMatch(a -> a.status() == AccountStatus.SUSPENDED)) {
                problems.add("Tài khoản: tài khoản " + s.label() + " của Anh/Chị đang tạm khóa");
            } else if (!mine.isEmpty()) {
                problems.add("Tài khoản: tài khoản " + s.label() + " của Anh/Chị đã đóng");
            } else {
                problems.add("Tài khoản: Anh/Chị không có tài khoản " + s.label() + " trong sổ theo dõi");
            }
        }
        String delegateName = text(in, "delegateUsername");
        PersonInfo delegate = organization.person(delegateName).orElse(null);
        if (delegateName.isEmpty()) {
            problems.add("Người được ủy quyền: bắt buộc");
        } else if (delegate == null || !delegate.agencyCode().equals(holder.agencyCode())) {
            problems.add("Người được ủy quyền: không có người có tên đăng nhập \"" + delegateName + "\" trong cơ quan");
        } else if (delegate.username().equals(holder.username())) {
            problems.add("Người được ủy quyền: không được là chính người ủy quyền");
        }
        LocalDate from = date(in, "validFrom", "Từ ngày", problems);
        LocalDate to = date(in, "validTo", "Đến ngày", problems);
        if (from != null && from.isBefore(today)) {
            problems.add("Từ ngày: không được trước ngày hôm nay");
        }
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                problems.add("Đến ngày: không được trước ngày bắt đầu");
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > properties.maxDays()) {
                problems.add("Thời hạn: không quá " + properties.maxDays() + " ngày");
            }
        }
        AuthorizationReason reason = null;
        try {
            reason = AuthorizationReason.valueOf(text(in, "reasonCode"));
        } catch (IllegalArgumentException e) {
            problems.add("Lý do: vui lòng chọn");
        }
        String detail = text(in, "reasonDetail");
        if (reason == AuthorizationReason.KHAC && detail.isEmpty()) {
            problems.add("Lý do: ghi rõ lý do khác");
        }
        String scope = text(in, "scope");
        String holderDuties = text(in, "holderDuties");
        String delegateDuties = text(in, "delegateDuties");
        for (String[] f : new String[][]{{scope, "Phạm vi ủy quyền"}, {holderDuties, "Trách nhiệm của người ủy quyền"},
                {delegateDuties, "Trách nhiệm của người được ủy quyền"}}) {
            if (f[0].isEmpty()) {
                problems.add(f[1] + ": bắt buộc");
            } else if (f[0].length() > 2000) {
                problems.add(f[1] + ": không quá 2000 ký tự");
            }
        }
        if (problems.isEmpty()) {
            AuthorizationTerms terms = new AuthorizationTerms(account.id(), delegate.username(), from, to, reason,
                    detail.isEmpty() ? null : detail, scope, holderDuties, delegateDuties);
            for (Authorization other : authorizations.findByAccountIdAndStatusIn(account.id(), OPEN)) {
                if (!other.id().equals(self) && terms.overlaps(other.validFrom(), other.validTo())) {
                    problems.add("Thời hạn: trùng với giấy ủy quyền số " + number(other) + " (từ "
                            + PdfDocuments.dmy(other.validFrom()) + " đến " + PdfDocuments.dmy(other.validTo()) + ")");
                }
            }
            for (Authorization away : authorizations.findByHolderUsernameAndStatusIn(delegate.username(), OPEN)) {
                if (terms.overlaps(away.validFrom(), away.validTo())) {
                    problems.add("Người được ủy quyền: " + delegate.fullName() + " cũng vắng mặt từ "
                            + PdfDocuments.dmy(away.validFrom()) + " đến " + PdfDocuments.dmy(away.validTo()));
                }
            }
            if (problems.isEmpty()) {
                return terms;
            }
        }
        log.info("Authorization refused: {} problems", problems.size());
        throw new AuthorizationException("Authorization refused: " + problems.size() + " problems",
                "Giấy ủy quyền chưa hợp lệ: " + String.join("; ", problems) + ".");
    }

    private static String text(Map<String, Object> in, String key) {
        Object v = in.get(key);
        return v == null ? "" : nfc(v.toString());
    }

    private static LocalDate date(Map<String, Object> in, String key, String label, List<String> problems) {
        try {
            LocalDate d = FormValues.date(in.get(key));
            if (d == null) {
                problems.add(label + ": bắt buộc");
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(label + ": dạng yyyy-MM-dd");
            return null;
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    @Override
    public RequestKind kind() {
        return RequestKind.AUTHORIZATION;
    }

    /**
     * Tells the register of every letter recorded before it kept one (its one-time backfill): the request when
     * it was made, then the state it is in now.
     */
    @Override
    public int replayRequests() {
        List<Authorization> all = authorizations.findAll(org.springframework.data.domain.Sort.by("id"));
        for (Authorization a : all) {
            String holder = name(a.holderUsername());
            events.publishEvent(new RequestStep(RequestKind.AUTHORIZATION, a.id(), number(a), number(a),
                    new RequestStep.Party(a.holderUsername(), holder, null), a.agencyCode(), a.unitCode(),
                    AuthorizationStatus.REQUESTED.name(), AuthorizationStatus.REQUESTED.label(), true, a.validFrom(),
                    a.createdAt(), a.holderUsername(), "Ủy quyền cho " + name(a.delegateUsername())));
            if (a.status() != AuthorizationStatus.REQUESTED) {
                Instant last = java.util.stream.Stream.of(a.createdAt(), a.decidedAt(), a.activatedAt(), a.endedAt())
                        .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElseThrow();
                publish(a, last, a.endedAt() != null || a.decidedBy() == null ? "system" : a.decidedBy(),
                        a.endReason() != null ? a.endReason() : a.decisionComment());
            }
            if (a.documentId() != null) {
                events.publishEvent(new RequestDocumentAdded(RequestKind.AUTHORIZATION, a.id(), a.documentId(),
                        letterFileName(a)));
            }
        }
        return all.size();
    }

    // ---- helpers ----

    /** The register follows the letter: until it starts its deadline is the first day, then the last. */
    private void track(Authorization a, String actor, String detail) {
        publish(a, clock.instant(), actor, detail);
    }

    private void publish(Authorization a, Instant at, String actor, String detail) {
        AuthorizationStatus s = a.status();
        LocalDate deadline = switch (s) {
            case REQUESTED, RETURNED, APPROVED -> a.validFrom();
            case ACTIVE -> a.validTo();
            case REJECTED, ENDED -> null;
        };
        events.publishEvent(new RequestStep(RequestKind.AUTHORIZATION, a.id(), number(a), number(a),
                new RequestStep.Party(a.holderUsername(), name(a.holderUsername()), null), a.agencyCode(), a.unitCode(),
                s.name(), s.label(), s.isOpen(), deadline, at, actor, detail));
    }

    private Recorded recorded(Authorization a) {
        AccountView acc = account(a);
        String summary = "**Giấy ủy quyền số " + number(a) + "**\n\n"
                + "- **Người ủy quyền:** " + name(a.holderUsername()) + "\n"
                + "- **Người được ủy quyền:** " + name(a.delegateUsername()) + "\n"
                + "- **Tài khoản:** " + acc.username() + " (" + acc.system().label() + ")\n"
                + "- **Thời hạn:** từ " + PdfDocuments.dmy(a.validFrom()) + " đến hết " + PdfDocuments.dmy(a.validTo()) + "\n"
                + "- **Lý do:** " + a.reason().label() + (a.reasonDetail() == null ? "" : ": " + a.reasonDetail()) + "\n"
                + "- **Phạm vi:** " + a.scope() + "\n"
                + "- **Trách nhiệm người ủy quyền:** " + a.holderDuties() + "\n"
                + "- **Trách nhiệm người được ủy quyền:** " + a.delegateDuties();
        return new Recorded(a.id(), a.accountId(), Groups.unitHeads(a.unitCode()), summary);
    }

    private static String letterFileName(Authorization a) {
        return "giay-uy-quyen-" + number(a) + ".pdf";
    }

    static String number(Authorization a) {
        return "UQ-" + a.id();
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private List<LabeledValue> party(PersonInfo p) {
        String unit = organization.unit(p.unitCode()).map(UnitInfo::name).orElse("");
        String agency = organization.agency(p.agencyCode()).map(AgencyInfo::name).orElse(p.agencyCode());
        return List.of(new LabeledValue("Họ và tên", p.fullName()), new LabeledValue("Chức vụ", p.position()),
                new LabeledValue("Đơn vị", unit.isEmpty() ? agency : unit + ", " + agency));
    }

    private String name(String username) {
        return organization.person(username).map(PersonInfo::fullName).orElse(username);
    }

    private AccountView account(Authorization a) {
        return accounts.account(a.accountId());
    }

    private void tell(Authorization a, String subject, String body) {
        List<PersonInfo> to = new ArrayList<>();
        organization.person(a.holderUsername()).ifPresent(to::add);
        organization.person(a.delegateUsername()).ifPresent(to::add);
        notifier.notify(to, subject, body, "UQ-" + a.id());
    }

    private Authorization get(long id) {
        return authorizations.findById(id).orElseThrow(() -> new AuthorizationException("No authorization " + id,
                "Không tìm thấy giấy ủy quyền."));
    }
}
