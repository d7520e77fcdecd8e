package vn.dldcaccess.registration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.account.NewAccount;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.FormField;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.RegistrationFormData;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static vn.dldcaccess.registration.Form1658Field.*;

/** The registration domain: no engine types here; the delegates translate. */
@Service
@Transactional
public class RegistrationService implements RequestReplay {
    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The length the confirmation form shows for the unit head's comment. */
    static final int MAX_COMMENT = 1000;

    private final RegistrationRepository registrations;
    private final RegistrationFormValidator validator;
    private final RequestNumbers numbers;
    private final OrganizationDirectory organization;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final Notifier notifier;
    private final AccountRegister accounts;
    private final RegistrationTracking tracking;
    private final Clock clock;

    private final RegistrationMessages messages;

    RegistrationService(RegistrationRepository registrations, RegistrationFormValidator validator,
                        RequestNumbers numbers, OrganizationDirectory organization, PdfDocuments pdf,
                        DocumentStore documents, Notifier notifier, AccountRegister accounts,
                        RegistrationTracking tracking, RegistrationMessages messages, Clock clock) {
        this.messages = messages;
        this.registrations = registrations;
        this.validator = validator;
        this.numbers = numbers;
        this.organization = organization;
        this.pdf = pdf;
        this.documents = documents;
        this.notifier = notifier;
        this.accounts = accounts;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** The decision of Task_ConfirmByUnitHead as stored (the comment normalized). */
    record Decided(UnitHeadDecision decision, String comment) {
    }

    /** A new request filed by the person logged in, for herself. */
    RegistrationRecorded register(Map<String, Object> input, Actor applicant) {
        RegistrationForm form = validator.validate(input, applicant.person());
        if (registrations.existsByOpenCitizenId(form.citizenId().value())) {
            throw duplicateOpenRequest();
        }
        if (accounts.holdsOpenAccount(form.citizenId().value(), AccountSystem.DLDC_TTHC)) {
            log.info("Registration refused: the citizen already holds a DLDC account");
            throw new InvalidRegistrationException(List.of(new FieldError(CITIZEN_ID,
                    "người có số định danh này đã có tài khoản DLDC đang sử dụng")));
        }
        AgencyInfo agency = organization.agency(form.agencyCode()).orElseThrow();
        int year = LocalDate.now(clock.withZone(VN)).getYear();
        String number = numbers.next(agency.code(), agency.symbol(), year);
        Registration registration;
        try {
            registration = registrations.saveAndFlush(new Registration(number, form, applicant, clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException concurrentSameCitizen) {
            // two starts for one citizen at once: the unique index on open_citizen_id lets one through
            throw duplicateOpenRequest();
        }
        log.info("Registration {} recorded for unit {}", number, form.unitCode());
        tracking.stepped(registration, 0);
        // she learns her number at once, with where to follow it (the Tasklist shows it too: tasklist/scripts)
        DocumentTexts.Message received = messages.received(registration, notifier.link("/request.html?number="
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)),
                notifier.link("/my-requests.html"));
        notifier.notify(organization.person(applicant.username()).stream().toList(), received.subject(),
                received.body(), number);
        return recorded(registration);
    }

    private static InvalidRegistrationException duplicateOpenRequest() {
        log.info("Registration refused: an open request exists for the same citizen id");
        return new InvalidRegistrationException(List.of(new FieldError(CITIZEN_ID,
                "đã có một yêu cầu đang xử lý cho số định danh này")));
    }

    RegistrationRecorded correct(String requestNumber, Map<String, Object> input, Actor actor) {
        Registration registration = get(requestNumber);
        RegistrationForm form = validator.validate(input, organization.person(registration.applicantUsername())
                .orElse(null));
        tracked(registration, () -> registration.correct(form, actor, clock.instant()));
        registrations.flush();
        return recorded(registration);
    }

    Decided decide(String requestNumber, String decisionText, String comment, Actor unitHead) {
        Registration registration = get(requestNumber);
        UnitHeadDecision decision;
        try {
            decision = UnitHeadDecision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new RegistrationStateException("Unknown unit head decision " + decisionText,
                    "Vui lòng chọn một ý kiến: xác nhận, trả lại để bổ sung, hoặc từ chối.");
        }
        String reason;
        try {
            reason = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new RegistrationStateException("Unit head comment refused", "Ý kiến: " + e.getMessage() + ".");
        }
        if (decision != UnitHeadDecision.CONFIRM && reason == null) {
            throw new RegistrationStateException("Decision " + decision + " without comment",
                    decision == UnitHeadDecision.RETURN ? "Khi trả lại, vui lòng ghi rõ nội dung cần bổ sung."
                            : "Khi từ chối, vui lòng ghi rõ lý do.");
        }
        Deciders deciders = confirmers(registration);
        tracked(registration, () -> applyDecision(registration, decision, reason, unitHead, deciders));
        return new Decided(decision, reason);
    }

    private void applyDecision(Registration registration, UnitHeadDecision decision, String reason, Actor unitHead,
                               Deciders deciders) {
        switch (decision) {
            case CONFIRM -> registration.confirm(unitHead, deciders, clock.instant());
            case RETURN -> registration.returnForCorrection(unitHead, deciders, reason, clock.instant());
            case REJECT -> {
                registration.reject(unitHead, deciders, reason, clock.instant());
                notifyApplicantAndOffice(registration, messages.rejected(registration, reason));
            }
        }
    }

    DocumentRef renderForm(String requestNumber, String processInstanceId) {
        Registration r = get(requestNumber);
        AgencyInfo agency = organization.agency(r.agencyCode()).orElseThrow();
        String unitHeadName = organization.person(r.confirmedBy()).map(PersonInfo::fullName).orElse(r.confirmedBy());
        LocalDate confirmedOn = r.confirmedAt() == null ? null : r.confirmedAt().atZone(VN).toLocalDate();
        DocumentTexts.Texts t = messages.form();
        RegistrationFormData data = new RegistrationFormData(
                new OfficialHeader(agency.parentBody(), agency.name(), null, null,
                        organization.province().placeName(), confirmedOn == null ? LocalDate.now(clock.withZone(VN)) : confirmedOn),
                t.line("tieu-de"), t.line("trich-yeu"), r.requestNumber(), fields(r), COMMITMENTS_NUMBER,
                t.items("cam-ket"), List.of(field(NOTE, r.note() == null ? "" : r.note())), r.fullName(),
                unitHeadName, confirmedOn);
        byte[] bytes = pdf.registrationForm(data);
        DocumentRef ref = documents.store(DocumentKind.REGISTRATION_FORM,
                formFileName(r), bytes, r.agencyCode(), r.applicantUsername(),
                processInstanceId, r.requestNumber());
        r.attachForm(ref.id());
        tracking.documentAdded(r, ref);
        return ref;
    }

    /** Those who hold the confirmation: the unit's heads, but never the applicant (her own request's deciders). */
    void remindUnitHeads(String requestNumber) {
        Registration r = get(requestNumber);
        Deciders d = confirmers(r);
        List<PersonInfo> heads = d.officeStandsIn()
                ? organization.peopleWithRole(Role.AGENCY_OFFICE, d.standInOffice(), null)
                : organization.peopleWithRole(Role.UNIT_HEAD, r.agencyCode(), r.unitCode()).stream()
                .filter(p -> !d.subjects().contains(p.username())).toList();
        DocumentTexts.Message m = messages.remindUnitHead(r);
        notifier.notify(heads, m.subject(), m.body(), r.requestNumber());
    }

    void escalateToOffice(String requestNumber) {
        Registration r = get(requestNumber);
        String unitName = organization.unit(r.unitCode()).map(UnitInfo::name).orElse(r.unitCode());
        DocumentTexts.Message m = messages.overdueConfirmation(r, unitName);
        notifier.notify(organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null), m.subject(), m.body(),
                r.requestNumber());
    }

    /** Called by the registration process when the agency letter that lists it is signed. */
    boolean markIncludedInLetter(String requestNumber, long letterId, Actor actor) {
        Registration r = get(requestNumber);
        return trackedResult(r, () -> r.includeInLetter(letterId, actor, clock.instant()));
    }

    /** Task_RecordPC06Decision: the registration's own record of PC06's decision; tells everyone of a refusal. */
    boolean recordPc06Decision(String requestNumber, boolean approved, String reason, Actor actor) {
        Registration r = get(requestNumber);
        boolean recorded = trackedResult(r, () -> r.recordPc06Decision(approved, reason, actor, clock.instant()));
        if (recorded && !approved) {
            notifyConcerned(r, messages.pc06Refused(r, reason));
        }
        return recorded;
    }

    /** Task_RegisterAccount: the TTHC administrators created the account; it enters the register. */
    AccountView provision(String requestNumber, String accountUsername, LocalDate createdOn, Actor actor) {
        Registration r = get(requestNumber);
        if (!actor.has(Role.TTHC_ADMIN)) {
            // checked before the account register hears of it; the entity checks again
            throw new RegistrationStateException(actor.username() + " may not provision " + requestNumber,
                    "Chỉ quản trị Hệ thống TTHC tạo tài khoản DLDC.");
        }
        r.requireNotApplicant(actor, "tạo tài khoản DLDC");
        // the form's help text: empty means the name the applicant wrote in point 11 of the form, if she wrote one
        String name = accountUsername == null || accountUsername.isBlank() ? r.tthcUsername() : accountUsername;
        if (name == null || name.isBlank()) {
            throw new RegistrationStateException("No account name for " + requestNumber,
                    "Tên đăng nhập: bắt buộc, vì phiếu không ghi tài khoản trên Hệ thống TTHC (mục 11); hãy ghi tên"
                            + " đăng nhập đã tạo.");
        }
        AccountView account = accounts.open(new NewAccount(AccountSystem.DLDC_TTHC, name, r.applicantUsername(),
                r.fullName(), r.citizenId(), r.agencyCode(), r.unitCode(), createdOn, r.id()), actor);
        tracked(r, () -> r.provisioned(account.id(), actor, clock.instant(), "Tài khoản " + account.username()));
        notifyConcerned(r, messages.provisioned(r, PdfDocuments.dmy(createdOn), account.username()));
        return account;
    }

    /** The applicant, the unit heads of the unit and the agency office. */
    private void notifyConcerned(Registration r, DocumentTexts.Message m) {
        List<PersonInfo> to = new ArrayList<>(organization.peopleWithRole(Role.UNIT_HEAD, r.agencyCode(), r.unitCode()));
        to.addAll(organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null));
        organization.person(r.applicantUsername()).ifPresent(to::add);
        notifier.notify(to, m.subject(), m.body(), r.requestNumber());
    }

    // ---- public API for other features ----

    /** The aggregator received the signed letters listing these requests. */
    public void arrivedAtAggregator(List<Long> ids, Actor actor) {
        for (Registration r : registrations.findByIdInOrderByIdAsc(ids)) {
            tracked(r, () -> r.arriveAtAggregator(actor, clock.instant()));
        }
    }

    /** The batch listing these requests was sent to PC06 (outgoing number and date in the detail). */
    public void sentToPc06(List<Long> ids, long batchId, String detail, Actor actor) {
        for (Registration r : registrations.findByIdInOrderByIdAsc(ids)) {
            tracked(r, () -> r.sendToPc06(batchId, actor, clock.instant(), detail));
        }
    }

    @Override
    public RequestKind kind() {
        return RequestKind.REGISTRATION;
    }

    /** Tells the register of every registration recorded before it kept one (its one-time backfill). */
    @Override
    public int replayRequests() {
        List<Registration> all = registrations.findAll(org.springframework.data.domain.Sort.by("id"));
        for (Registration r : all) {
            tracking.stepped(r, 0);
            if (r.formDocumentId() != null) {
                tracking.documentAdded(r, new DocumentRef(r.formDocumentId(), DocumentKind.REGISTRATION_FORM,
                        formFileName(r), null));
            }
        }
        return all.size();
    }

    /** Every step with its date, for the person concerned, the office and the aggregator. */
    @Transactional(readOnly = true)
    public Optional<RegistrationProgressView> progress(String requestNumber) {
        return registrations.findByRequestNumber(requestNumber).map(r -> new RegistrationProgressView(
                r.requestNumber(), r.agencyCode(), r.unitCode(), r.applicantUsername(), r.fullName(), r.status(),
                r.status().label(), r.events().stream().map(e -> new RegistrationProgressView.Step(e.status(),
                        e.status().label(), e.at(), e.actor(), e.detail())).toList(), r.accountId()));
    }

    @Transactional(readOnly = true)
    public List<RegistrationSummary> awaitingAgencyLetter(String agencyCode) {
        return registrations.findByAgencyCodeAndStatusAndFormDocumentIdIsNotNullOrderByIdAsc(agencyCode,
                        RegistrationStatus.CONFIRMED)
                .stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<RegistrationSummary> summaries(List<Long> ids) {
        return registrations.findByIdInOrderByIdAsc(ids).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationSummary> byRequestNumber(String requestNumber) {
        return registrations.findByRequestNumber(requestNumber).map(this::summary);
    }

    /** A change of the registration, then the register told of each step it recorded. */
    private void tracked(Registration r, Runnable change) {
        int before = r.events().size();
        change.run();
        tracking.stepped(r, before);
    }

    private <T> T trackedResult(Registration r, java.util.function.Supplier<T> change) {
        int before = r.events().size();
        T result = change.get();
        tracking.stepped(r, before);
        return result;
    }

    private static String formFileName(Registration r) {
        return "phieu-dang-ky-" + r.requestNumber() + ".pdf";
    }

    /** The request a step of its process acts on, by the process's business key (its number). */
    private Registration get(String requestNumber) {
        return registrations.findByRequestNumber(requestNumber).orElseThrow(() -> new RegistrationStateException(
                "No registration " + requestNumber, "Không tìm thấy yêu cầu đăng ký."));
    }

    /**
     * Who confirms a request: the heads of its own unit (their group); for a head's own request the unit's other
     * heads, or the agency office when he is its only head (issue 23).
     */
    @Transactional(readOnly = true)
    Deciders confirmers(String requestNumber) {
        return confirmers(get(requestNumber));
    }

    /** The unit's heads' group (the model before issue 23 names it). */
    @Transactional(readOnly = true)
    String unitHeadGroup(String requestNumber) {
        return vn.dldcaccess.organization.Groups.unitHeads(get(requestNumber).unitCode());
    }

    private Deciders confirmers(Registration r) {
        return organization.unitHeadsBut(r.unitCode(), r.agencyCode(), List.of(r.applicantUsername()));
    }

    /** Who provisions the account: the TTHC administrators, but never the applicant herself. */
    @Transactional(readOnly = true)
    Deciders provisioners(String requestNumber) {
        return organization.roleBut(Role.TTHC_ADMIN, null, List.of(get(requestNumber).applicantUsername()));
    }

    /** Whose request it is: the correction and the notice of rejection go to her alone. */
    @Transactional(readOnly = true)
    String applicantOf(String requestNumber) {
        return get(requestNumber).applicantUsername();
    }

    private void notifyApplicantAndOffice(Registration r, DocumentTexts.Message m) {
        List<PersonInfo> to = new ArrayList<>(organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null));
        organization.person(r.applicantUsername()).ifPresent(to::add);
        notifier.notify(to, m.subject(), m.body(), r.requestNumber());
    }

    private RegistrationRecorded recorded(Registration r) {
        Map<String, Object> normalized = new LinkedHashMap<>();
        normalized.put(FULL_NAME.key(), r.fullName());
        normalized.put(DATE_OF_BIRTH.key(), r.dateOfBirth().toString());
        normalized.put(GENDER.key(), r.gender().name());
        normalized.put(CITIZEN_ID.key(), r.citizenId());
        normalized.put(POSITION.key(), r.position());
        normalized.put(UNIT.key(), r.unitCode());
        normalized.put(DUTIES.key(), r.duties());
        normalized.put(MOBILE_PHONE.key(), r.mobilePhone());
        normalized.put(OFFICIAL_EMAIL.key(), r.officialEmail());
        normalized.put(TTHC_USERNAME.key(), r.tthcUsername());
        normalized.put(ACCESS_SCOPE.key(), r.accessScope());
        normalized.put(PURPOSE.key(), r.purpose());
        normalized.put(NOTE.key(), r.note());
        // plain text: the unit head's form shows it in a read-only field, exactly as typed
        String summary = fields(r).stream().map(f -> f.label() + ": " + f.value())
                .collect(Collectors.joining("\n")) + commitmentsText();
        return new RegistrationRecorded(r.requestNumber(), normalized, "Số phiếu: " + r.requestNumber() + "\n" + summary);
    }

    /**
     * Issue 21: the unit head confirms what the applicant committed to, so her form shows the six commitments
     * (a request is recorded only with every one ticked), worded and numbered as the form and its PDF.
     */
    private String commitmentsText() {
        List<String> items = messages.form().items("cam-ket");
        StringBuilder out = new StringBuilder("\n" + Form1658Field.COMMITMENTS_NUMBER
                + ". Cam kết (người đăng ký đã đánh dấu đủ " + items.size() + " cam kết):");
        for (int i = 0; i < items.size(); i++) {
            out.append("\n").append(Form1658Field.COMMITMENTS_NUMBER).append('.').append(i + 1).append(". ")
                    .append(items.get(i));
        }
        return out.toString();
    }

    /** The filled fields in form order, labelled from {@link Form1658Field}. */
    /** The fields before the commitments, numbered as the web form numbers them. */
    private List<FormField> fields(Registration r) {
        String unitName = organization.unit(r.unitCode()).map(UnitInfo::name).orElse(r.unitCode());
        String agencyName = organization.agency(r.agencyCode()).map(AgencyInfo::name).orElse(r.agencyCode());
        List<FormField> out = new ArrayList<>();
        out.add(field(FULL_NAME, r.fullName()));
        out.add(field(DATE_OF_BIRTH, PdfDocuments.dmy(r.dateOfBirth())));
        out.add(field(GENDER, r.gender().label()));
        out.add(field(CITIZEN_ID, r.citizenId()));
        out.add(field(POSITION, r.position()));
        out.add(field(UNIT, unitName));
        out.add(field(AGENCY, agencyName));
        out.add(field(DUTIES, r.duties()));
        out.add(field(MOBILE_PHONE, r.mobilePhone()));
        out.add(field(OFFICIAL_EMAIL, r.officialEmail()));
        out.add(field(TTHC_USERNAME, r.tthcUsername() == null ? "(chưa có)" : r.tthcUsername()));
        out.add(field(ACCESS_SCOPE, scopeLabel(r.accessScope())));
        out.add(field(PURPOSE, r.purpose()));
        return out;
    }

    private static FormField field(Form1658Field f, String value) {
        return new FormField(f.number(), f.label(), value);
    }

    private static String scopeLabel(String codes) {
        return Arrays.stream(codes.split(",")).map(c -> AccessScope.valueOf(c).label()).collect(Collectors.joining(", "));
    }

    private RegistrationSummary summary(Registration r) {
        String unitName = organization.unit(r.unitCode()).map(UnitInfo::name).orElse(r.unitCode());
        return new RegistrationSummary(r.id(), r.requestNumber(), r.agencyCode(), r.unitCode(), unitName,
                r.applicantUsername(), r.fullName(),
                r.dateOfBirth(), r.gender().label(), r.citizenId(), r.position(), r.duties(), r.mobilePhone(),
                r.officialEmail(), r.tthcUsername(), scopeLabel(r.accessScope()), r.purpose(), r.status(),
                r.confirmedAt(), r.agencyLetterId(), r.formDocumentId());
    }
}
