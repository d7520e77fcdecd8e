package vn.dldcaccess.authorization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.shared.AccountOfRequest;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;
import vn.dldcaccess.shared.RequestStep;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The authorization letter domain: request, decide, render, activate, end. No engine types. */
@Service
@Transactional
class AuthorizationLetterService implements RequestReplay, AccountOfRequest {
    private static final Logger log = LoggerFactory.getLogger(AuthorizationLetterService.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The length the unit head's form shows for the comment. */
    static final int MAX_COMMENT = 1000;
    static final EnumSet<AuthorizationStatus> OPEN = EnumSet.of(AuthorizationStatus.AWAITING_DELEGATE,
            AuthorizationStatus.REQUESTED,
            AuthorizationStatus.RETURNED, AuthorizationStatus.APPROVED, AuthorizationStatus.ACTIVE);

    private final AuthorizationRepository authorizations;
    private final AccountRegister accounts;
    private final OrganizationDirectory organization;
    private final AuthorizationLetterDocument letters;
    private final AuthorizationMessages messages;
    private final Notifier notifier;
    private final AuthorizationInput input;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthorizationLetterService(AuthorizationRepository authorizations, AccountRegister accounts,
                         OrganizationDirectory organization, AuthorizationLetterDocument letters,
                         AuthorizationMessages messages,
                         Notifier notifier, AuthorizationInput input, ApplicationEventPublisher events,
                         Clock clock) {
        this.authorizations = authorizations;
        this.accounts = accounts;
        this.organization = organization;
        this.letters = letters;
        this.messages = messages;
        this.notifier = notifier;
        this.input = input;
        this.events = events;
        this.clock = clock;
    }

    record Recorded(String businessKey, String summary) {
    }

    enum Decision { APPROVE, RETURN, REJECT }

    enum DelegateAnswer { ACCEPT, DECLINE }

    /** A letter the person logged in files for her own account. */
    Recorded request(Map<String, Object> form, Actor holder) {
        if (holder.person() == null) {
            throw new AuthorizationException(holder.username() + " is not in the organization file",
                    "Chỉ cán bộ có tên trong danh sách mới lập giấy ủy quyền cho tài khoản của mình.");
        }
        AuthorizationTerms terms = input.validate(form, holder.person(), null);
        Authorization a = authorizations.saveAndFlush(new Authorization(terms, holder, clock.instant()));
        log.info("Authorization {} requested on account {}", a.id(), terms.accountId());
        track(a, holder.username(), "Ủy quyền cho " + name(a.delegateUsername()) + " từ " + PdfDocuments.dmy(a.validFrom())
                + " đến " + PdfDocuments.dmy(a.validTo()));
        askDelegate(a);
        return recorded(a);
    }

    Recorded correct(String key, Map<String, Object> form, Actor holder) {
        Authorization a = get(key);
        PersonInfo person = organization.person(a.holderUsername()).orElseThrow();
        a.correct(input.validate(form, person, a.id()), holder);
        track(a, holder.username(), "Bổ sung: ủy quyền cho " + name(a.delegateUsername()) + " từ " + PdfDocuments.dmy(a.validFrom())
                + " đến " + PdfDocuments.dmy(a.validTo()));
        askDelegate(a);
        return recorded(a);
    }

    /** The delegate's own answer: she takes on the letter's duties, or declines and the letter ends. */
    DelegateAnswer answerAsDelegate(String key, String answerText, String comment, Actor delegate) {
        Authorization a = get(key);
        DelegateAnswer answer;
        try {
            answer = DelegateAnswer.valueOf(answerText == null ? "" : answerText.strip());
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Unknown delegate answer " + answerText,
                    "Trả lời: vui lòng chọn đồng ý nhận ủy quyền hoặc không nhận.");
        }
        String text;
        try {
            text = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Delegate comment refused", "Lý do không nhận: " + e.getMessage() + ".");
        }
        if (answer == DelegateAnswer.DECLINE && text == null) {
            throw new AuthorizationException("Decline without reason", "Khi không nhận, vui lòng ghi rõ lý do.");
        }
        if (answer == DelegateAnswer.ACCEPT) {
            a.acceptAsDelegate(delegate, clock.instant());
            track(a, delegate.username(), "Người được ủy quyền đồng ý nhận");
        } else {
            a.declineAsDelegate(delegate, text, clock.instant());
            track(a, delegate.username(), "Người được ủy quyền không nhận: " + text);
            send(a, a.holderUsername(), messages.declined(account(a).username(), name(a.delegateUsername()), text));
        }
        return answer;
    }

    /** What the unit head's form shows of the letter now (after the delegate's answer). */
    @Transactional(readOnly = true)
    String summary(String key) {
        return recorded(get(key)).summary();
    }

    Decision decide(String key, String decisionText, String comment, Actor unitHead) {
        Authorization a = get(key);
        Decision d;
        try {
            d = Decision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Unknown decision " + decisionText,
                    "Ý kiến: vui lòng chọn duyệt, trả lại để bổ sung, hoặc không duyệt.");
        }
        String text;
        try {
            text = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Comment refused", "Nội dung cần bổ sung / lý do không duyệt: " + e.getMessage() + ".");
        }
        if (d != Decision.APPROVE && text == null) {
            throw new AuthorizationException("Decision " + d + " without comment", d == Decision.RETURN
                    ? "Khi trả lại, vui lòng ghi rõ nội dung cần bổ sung." : "Khi không duyệt, vui lòng ghi rõ lý do.");
        }
        Deciders deciders = approvers(a);
        switch (d) {
            case APPROVE -> a.approve(unitHead, deciders, text, clock.instant());
            case RETURN -> a.returnToHolder(unitHead, deciders, text, clock.instant());
            case REJECT -> {
                a.reject(unitHead, deciders, text, clock.instant());
                tell(a, messages.rejected(account(a).username(), name(a.delegateUsername()), text));
            }
        }
        track(a, unitHead.username(), text);
        return d;
    }

    /** The giấy ủy quyền, once approved: both parties, period, scope, responsibilities, signatures. */
    DocumentRef render(String key, String processInstanceId) {
        Authorization a = get(key);
        AccountView acc = account(a);
        DocumentRef ref = letters.issue(a, acc, LocalDate.now(clock.withZone(VN)), processInstanceId);
        a.attachDocument(ref.id());
        events.publishEvent(new RequestDocumentAdded(RequestKind.AUTHORIZATION, a.id(), ref.id(), ref.fileName()));
        tell(a, messages.approved(a.reference(), acc.username(), PdfDocuments.dmy(a.validFrom()),
                PdfDocuments.dmy(a.validTo())));
        return ref;
    }

    void activate(String key) {
        Authorization a = get(key);
        a.activate(clock.instant());
        track(a, "system", "Đến ngày bắt đầu ủy quyền");
        tell(a, messages.started(a.reference(), account(a).username(), name(a.delegateUsername()),
                PdfDocuments.dmy(a.validTo()), a.scope()));
    }

    /** @return whether it ended now (false: it had ended already) */
    boolean end(String key, String why, Actor actor) {
        Authorization a = get(key);
        boolean ended = a.end(why, actor, clock.instant());
        if (ended) {
            track(a, actor.username(), why);
            tell(a, messages.ended(a.reference(), account(a).username(), name(a.delegateUsername()), why));
        }
        return ended;
    }

    /** Ends an authorization in any open state (the holder left, the account closed); twice is a no-op. */
    /** The holder left or the account closed: a consequence of that step, recorded as the system's. */
    void cancel(String key, String why) {
        Authorization a = get(key);
        if (a.status() == AuthorizationStatus.AWAITING_DELEGATE || a.status() == AuthorizationStatus.REQUESTED
                || a.status() == AuthorizationStatus.RETURNED) {
            a.cancel(why, clock.instant());
            track(a, Actor.SYSTEM_NAME, why);
        } else if (a.status().isOpen()) {
            end(key, why, Actor.system());
        }
    }

    @Transactional(readOnly = true)
    List<Long> openOfAccount(long accountId) {
        return authorizations.findByAccountIdAndStatusIn(accountId, OPEN).stream().map(Authorization::id).toList();
    }

    @Transactional(readOnly = true)
    List<Long> namingDelegate(String delegate, int limit) {
        return authorizations.findByDelegateUsernameOrderByIdDesc(delegate,
                org.springframework.data.domain.PageRequest.of(0, limit)).stream().map(Authorization::id).toList();
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
    LocalDate validFrom(String key) {
        return get(key).validFrom();
    }

    @Transactional(readOnly = true)
    LocalDate validTo(String key) {
        return get(key).validTo();
    }

    /**
     * Who approves: the heads of the holder's unit (their group); when the holder or the delegate is one of them, the
     * unit's other heads by name, or the agency office when none is left (issue 23).
     */
    @Transactional(readOnly = true)
    Deciders approvers(String key) {
        return approvers(get(key));
    }

    /** The holder's unit heads' group (the model before issue 23 names it). */
    @Transactional(readOnly = true)
    String unitHeadGroup(String key) {
        return vn.dldcaccess.organization.Groups.unitHeads(get(key).unitCode());
    }

    private Deciders approvers(Authorization a) {
        return organization.unitHeadsBut(a.unitCode(), a.agencyCode(), List.of(a.holderUsername(), a.delegateUsername()));
    }

    /** Task_AcceptByDelegate: the person the letter names as delegate, and only she. */
    @Transactional(readOnly = true)
    String delegateOf(String key) {
        return get(key).delegateUsername();
    }

    /** Whose letter it is: her correction, her early end and her password change go to her alone. */
    @Transactional(readOnly = true)
    String holderOf(String key) {
        return get(key).holderUsername();
    }

    /** The account a "UQ-" process's password steps act on. */
    @Override
    @Transactional(readOnly = true)
    public Optional<Long> accountOf(String businessKey) {
        long id = AuthorizationLetterProcess.authorizationId(businessKey);
        return id < 0 ? Optional.empty() : authorizations.findById(id).map(Authorization::accountId);
    }

    @Transactional(readOnly = true)
    String activeSummary(String key) {
        Authorization a = get(key);
        return messages.activeTask(a.reference(), name(a.delegateUsername()), account(a).username(),
                PdfDocuments.dmy(a.validFrom()), PdfDocuments.dmy(a.validTo()));
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
                        AuthorizationLetterDocument.fileName(a)));
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
            case AWAITING_DELEGATE, REQUESTED, RETURNED, APPROVED -> a.validFrom();
            case ACTIVE -> a.validTo();
            case DECLINED, REJECTED, ENDED -> null;
        };
        events.publishEvent(new RequestStep(RequestKind.AUTHORIZATION, a.id(), number(a), number(a),
                new RequestStep.Party(a.holderUsername(), name(a.holderUsername()), null), a.agencyCode(), a.unitCode(),
                s.name(), s.label(), s.isOpen(), deadline, at, actor, detail));
    }

    /** Plain text: the unit head's form shows it read-only, exactly as typed. */
    private Recorded recorded(Authorization a) {
        AccountView acc = account(a);
        String summary = "Giấy ủy quyền số " + a.reference() + "\n"
                + "Người ủy quyền: " + name(a.holderUsername()) + "\n"
                + "Người được ủy quyền: " + name(a.delegateUsername()) + "\n"
                + "Tài khoản: " + acc.username() + " (" + acc.system().label() + ")\n"
                + "Thời hạn: từ " + PdfDocuments.dmy(a.validFrom()) + " đến hết " + PdfDocuments.dmy(a.validTo()) + "\n"
                + "Lý do: " + a.reason().label() + (a.reasonDetail() == null ? "" : ": " + a.reasonDetail()) + "\n"
                + "Phạm vi: " + a.scope() + "\n"
                + "Trách nhiệm người ủy quyền: " + a.holderDuties() + "\n"
                + "Trách nhiệm người được ủy quyền: " + a.delegateDuties() + "\n"
                // issue 21: the unit head approves what the delegate took on, and sees that she did
                + (a.status() == AuthorizationStatus.AWAITING_DELEGATE || a.delegateAnsweredAt() == null
                ? "Người được ủy quyền: chưa trả lời"
                : "Người được ủy quyền đã đồng ý nhận ủy quyền ngày "
                        + PdfDocuments.dmy(a.delegateAnsweredAt().atZone(VN).toLocalDate()));
        return new Recorded(AuthorizationLetterProcess.businessKey(a.id()), summary);
    }

    static String number(Authorization a) {
        return AuthorizationLetterProcess.businessKey(a.id());
    }

    private String name(String username) {
        return organization.person(username).map(PersonInfo::fullName).orElse(username);
    }

    private AccountView account(Authorization a) {
        return accounts.account(a.accountId());
    }

    /** The delegate learns she is asked, and that a task waits for her answer. */
    private void askDelegate(Authorization a) {
        send(a, a.delegateUsername(), messages.askDelegate(name(a.holderUsername()), account(a).username(),
                PdfDocuments.dmy(a.validFrom()), PdfDocuments.dmy(a.validTo())));
    }

    private void send(Authorization a, String username, DocumentTexts.Message m) {
        notifier.notify(organization.person(username).stream().toList(), m.subject(), m.body(),
                AuthorizationLetterProcess.businessKey(a.id()));
    }

    private void tell(Authorization a, DocumentTexts.Message m) {
        tell(a, m.subject(), m.body());
    }

    private void tell(Authorization a, String subject, String body) {
        List<PersonInfo> to = new ArrayList<>();
        organization.person(a.holderUsername()).ifPresent(to::add);
        organization.person(a.delegateUsername()).ifPresent(to::add);
        notifier.notify(to, subject, body, AuthorizationLetterProcess.businessKey(a.id()));
    }

    /** The letter a step of its process acts on, by the process's business key. */
    private Authorization get(String key) {
        return authorizations.findById(AuthorizationLetterProcess.authorizationId(key))
                .orElseThrow(() -> new AuthorizationException("No authorization " + key, "Không tìm thấy giấy ủy quyền."));
    }
}
