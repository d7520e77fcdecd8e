package vn.dldcaccess.submission;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentSigning;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.DocumentTemplate;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.LetterData;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.SignatureBlock;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.SigningMode;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.registration.RegistrationSummary;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.OfficialNumber;
import vn.dldcaccess.shared.PlainText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The agency letter domain: open, prepare, sign or return. No engine types. */
@Service
@Transactional
class SubmissionService {
    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The length the director's form shows for the comment. */
    static final int MAX_COMMENT = 1000;
    private static final EnumSet<LetterStatus> UNSIGNED = EnumSet.of(LetterStatus.DRAFT, LetterStatus.PREPARED);

    private final AgencyLetterRepository letters;
    private final RegistrationService registrations;
    private final OrganizationDirectory organization;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentSigning signing;
    private final DocumentTexts texts;
    private final SubmissionMessages messages;
    private final Clock clock;

    SubmissionService(AgencyLetterRepository letters, RegistrationService registrations,
                      OrganizationDirectory organization, PdfDocuments pdf, DocumentStore documents,
                      DocumentSigning signing, DocumentTexts texts, SubmissionMessages messages, Clock clock) {
        this.letters = letters;
        this.registrations = registrations;
        this.organization = organization;
        this.pdf = pdf;
        this.documents = documents;
        this.signing = signing;
        this.texts = texts;
        this.messages = messages;
        this.clock = clock;
    }

    record Opened(String businessKey, List<Map<String, String>> candidates, String candidatesWithForms) {
    }

    /** @param signingUrl where the director uploads the letter signed with their own token, or null (no upload) */
    record Prepared(DocumentRef document, String summary, String signingUrl) {
    }

    enum DirectorDecision { SIGN, RETURN }

    /**
     * Opens a letter: for the agency of the office clerk logged in, or, for the schedule (the system), for the
     * agency it names. A person's letter is always for their own agency, whatever a variable says.
     */
    Opened open(String scheduledAgency, Actor opener) {
        String agency = opener.isSystem() ? scheduledAgency : opener.agencyCode();
        if (agency == null || (!opener.isSystem() && !opener.has(Role.AGENCY_OFFICE))) {
            throw new SubmissionException(opener.username() + " is no agency office",
                    "Chỉ Văn phòng của cơ quan mới lập được công văn đề nghị.");
        }
        AgencyInfo info = organization.agency(agency).filter(a -> a.kind() == AgencyKind.AGENCY)
                .orElseThrow(() -> new SubmissionException("Unknown agency", "Không tìm thấy cơ quan."));
        if (letters.existsByAgencyCodeAndStatusIn(agency, UNSIGNED)) {
            throw new SubmissionException("Agency " + agency + " has an unsigned letter",
                    "Cơ quan đang có một công văn chưa ký; hãy hoàn tất công văn đó trước.");
        }
        List<RegistrationSummary> waiting = registrations.awaitingAgencyLetter(agency);
        if (waiting.isEmpty()) {
            throw new SubmissionException("No confirmed requests for " + agency,
                    "Chưa có yêu cầu nào đã được lãnh đạo đơn vị xác nhận để đưa vào công văn.");
        }
        AgencyLetter letter = letters.save(new AgencyLetter(info.code(), opener, clock.instant()));
        log.info("Agency letter {} opened for {} with {} waiting requests", letter.id(), agency, waiting.size());
        return new Opened(letter.businessKey(), options(waiting), messages.confirmedForms(waiting));
    }

    /** Agencies with confirmed requests and no unsigned letter: the schedule opens one letter for each. */
    @Transactional(readOnly = true)
    List<String> agenciesDueForLetter() {
        return organization.agencies(AgencyKind.AGENCY).stream().map(AgencyInfo::code)
                .filter(a -> !letters.existsByAgencyCodeAndStatusIn(a, UNSIGNED))
                .filter(a -> !registrations.awaitingAgencyLetter(a).isEmpty())
                .toList();
    }

    /** Current candidates (refreshed when the director returns the letter). */
    @Transactional(readOnly = true)
    List<Map<String, String>> candidates(String businessKey) {
        return options(registrations.awaitingAgencyLetter(get(businessKey).agencyCode()));
    }

    /** The same candidates as a list of links to each confirmed form 1658 (PDF), for the office to check. */
    @Transactional(readOnly = true)
    String candidatesWithForms(String businessKey) {
        return messages.confirmedForms(registrations.awaitingAgencyLetter(get(businessKey).agencyCode()));
    }


    Prepared prepare(String businessKey, List<String> included, String numberText, String dateText, Actor actor,
                     String processInstanceId) {
        AgencyLetter letter = get(businessKey);
        long letterId = letter.id();
        AgencyInfo agency = organization.agency(letter.agencyCode()).orElseThrow();
        List<String> problems = new ArrayList<>();
        String number = OfficialNumber.normalize(numberText, agency.officeSymbol());
        if (number == null) {
            problems.add("Số công văn: bắt buộc, dạng \"125\" hoặc \"125/" + agency.officeSymbol() + "\"");
        } else if (letters.existsByAgencyCodeAndLetterNumberAndIdNot(agency.code(), number, letter.id())) {
            problems.add("Số công văn: số " + number + " đã được dùng");
        }
        LocalDate date = null;
        boolean wrongDate = false;
        try {
            date = FormValues.date(dateText);
        } catch (DateTimeParseException e) {
            wrongDate = true;
        }
        LocalDate today = LocalDate.now(clock.withZone(VN));
        if (date == null) {
            problems.add(wrongDate ? "Ngày công văn: phải là một ngày có thật (dd/MM/yyyy)" : "Ngày công văn: bắt buộc");
        } else if (date.isAfter(today)) {
            problems.add("Ngày công văn: không được sau ngày hôm nay");
        }
        Map<String, RegistrationSummary> waiting = registrations.awaitingAgencyLetter(agency.code()).stream()
                .collect(Collectors.toMap(RegistrationSummary::requestNumber, r -> r, (a, b) -> a, LinkedHashMap::new));
        List<RegistrationSummary> chosen = new ArrayList<>();
        for (String n : included) {
            RegistrationSummary r = waiting.get(n);
            if (r == null) {
                problems.add("Yêu cầu đưa vào công văn: yêu cầu " + n + " không còn chờ đưa vào công văn của cơ quan");
            } else if (!chosen.contains(r)) {
                chosen.add(r);
            }
        }
        if (included.isEmpty()) {
            problems.add("Yêu cầu đưa vào công văn: phải chọn ít nhất một yêu cầu");
        }
        problems.addAll(nobodyToSign(agency, chosen));
        if (!problems.isEmpty()) {
            throw new SubmissionException("Agency letter " + letterId + " not prepared: " + problems.size() + " problems",
                    "Công văn chưa hợp lệ: " + String.join("; ", problems) + ".");
        }
        letter.prepare(number, date, chosen.stream().map(RegistrationSummary::id).toList(), actor);
        DocumentRef ref = render(letter, agency, chosen, false, processInstanceId);
        return new Prepared(ref, messages.letterToSign(letter, agency.name(), chosen), signsOwnCertificate(agency.code())
                ? "/sign.html?letter=" + businessKey : null);
    }

    DirectorDecision decide(String businessKey, String decisionText, String comment, Actor director,
                            String processInstanceId) {
        AgencyLetter letter = get(businessKey);
        DirectorDecision decision;
        try {
            decision = DirectorDecision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new SubmissionException("Unknown director decision " + decisionText,
                    "Ý kiến: vui lòng chọn ký công văn, hoặc trả lại Văn phòng.");
        }
        String reason;
        try {
            reason = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new SubmissionException("Director comment refused", "Nội dung cần sửa: " + e.getMessage() + ".");
        }
        Deciders signers = signers(letter);
        if (decision == DirectorDecision.RETURN) {
            if (reason == null) {
                throw new SubmissionException("Return without comment", "Khi trả lại, vui lòng ghi rõ nội dung cần sửa.");
            }
            Long upload = letter.signedUploadId();
            letter.returnToOffice(director, signers, reason);
            if (upload != null) {
                // the director's signed copy of a letter sent back is of no value any more
                signing.withdraw(upload);
            }
            return decision;
        }
        if (signsOwnCertificate(letter.agencyCode())) {
            // the letter the director signed with their own token is the document of record, as uploaded
            letter.signUploaded(director, signers, clock.instant());
            signing.issue(letter.documentId());
            return decision;
        }
        letter.sign(director, signers, clock.instant());
        AgencyInfo agency = organization.agency(letter.agencyCode()).orElseThrow();
        // The signed letter is the document of record: rendered again with the signer's name.
        render(letter, agency, registrations.summaries(letter.registrationIds()), true, processInstanceId);
        return decision;
    }

    private boolean signsOwnCertificate(String agencyCode) {
        return signing.mode(agencyCode, DocumentKind.AGENCY_LETTER) == SigningMode.UPLOAD;
    }

    /** What the signing page shows the director: the letter and the document to sign. */
    record ToSign(String summary, String documentUrl, boolean uploaded) {
    }

    @Transactional(readOnly = true)
    ToSign toSign(String businessKey, Actor director) {
        AgencyLetter letter = get(businessKey);
        if (!director.isDirectorOf(letter.agencyCode()) || !signsOwnCertificate(letter.agencyCode())
                || letter.status() != LetterStatus.PREPARED || signers(letter).isSubject(director)) {
            throw new SubmissionException("Letter " + businessKey + " not to be signed by " + director.username(),
                    "Không có công văn nào chờ Anh/Chị ký số ở đây.");
        }
        AgencyInfo agency = organization.agency(letter.agencyCode()).orElseThrow();
        return new ToSign(messages.letterToSign(letter, agency.name(), registrations.summaries(letter.registrationIds())),
                "/api/documents/" + letter.documentId(), letter.signedUploadId() != null);
    }

    /** The director's upload of the letter signed with their own token: checked, then kept until they sign. */
    void acceptSigned(String businessKey, byte[] upload, Actor director) {
        AgencyLetter letter = get(businessKey);
        toSign(businessKey, director);
        DocumentRef signed = signing.acceptSigned(letter.documentId(), upload, director.username(),
                "cong-van-" + letter.letterNumber().replace('/', '-') + "-da-ky-so.pdf", letter.letterNumber());
        letter.acceptSignedUpload(director, signers(letter), signed.id());
    }

    /** The signed letter as handed to the aggregator. */
    @Transactional(readOnly = true)
    vn.dldcaccess.aggregation.IncomingLetter forAggregator(String businessKey) {
        AgencyLetter l = get(businessKey);
        if (l.status() != LetterStatus.SIGNED) {
            throw new SubmissionException("Letter " + businessKey + " not signed", "Công văn chưa được ký.");
        }
        return new vn.dldcaccess.aggregation.IncomingLetter(l.id(), l.agencyCode(), l.letterNumber(), l.letterDate(),
                l.documentId(), l.registrationIds());
    }

    @Transactional(readOnly = true)
    List<Long> registrationsOf(String businessKey) {
        return get(businessKey).registrationIds();
    }

    /** Who prepares the letter: its agency's office (the task's candidate group). */
    @Transactional(readOnly = true)
    String officeGroup(String businessKey) {
        return Groups.agencyOffice(get(businessKey).agencyCode());
    }

    /**
     * Who signs it: its agency's directors (their group); when it lists a director's own request, the agency's
     * other directors by name (issue 23).
     */
    @Transactional(readOnly = true)
    Deciders signers(String businessKey) {
        return signers(get(businessKey));
    }

    /** The agency's directors' group (the model before issue 23 names it). */
    @Transactional(readOnly = true)
    String directorGroup(String businessKey) {
        return Groups.directors(get(businessKey).agencyCode());
    }

    private Deciders signers(AgencyLetter letter) {
        return organization.roleBut(Role.DIRECTOR, letter.agencyCode(), registrations.summaries(letter.registrationIds())
                .stream().map(RegistrationSummary::applicantUsername).toList());
    }

    /**
     * A letter listing a director's own request needs another director (a deputy with the director's role in the
     * organization file) to sign it; with nobody else it is refused here, naming the request, which waits for a
     * later letter.
     */
    private List<String> nobodyToSign(AgencyInfo agency, List<RegistrationSummary> chosen) {
        Deciders d = organization.roleBut(Role.DIRECTOR, agency.code(), chosen.stream()
                .map(RegistrationSummary::applicantUsername).toList());
        if (!d.nobodyElse()) {
            return List.of();
        }
        return chosen.stream().filter(r -> organization.person(r.applicantUsername()).map(p -> p.has(Role.DIRECTOR)
                        && agency.code().equals(p.agencyCode())).orElse(false))
                .map(r -> "Yêu cầu đưa vào công văn: yêu cầu " + r.requestNumber() + " là của chính " + r.fullName()
                        + ", người ký công văn của cơ quan, và cơ quan không có lãnh đạo nào khác được giao ký: không ai "
                        + "tự ký công văn đề nghị cấp tài khoản cho mình, hãy để yêu cầu này lại cho đến khi có người ký khác")
                .toList();
    }

    @Transactional(readOnly = true)
    long letterId(String businessKey) {
        return get(businessKey).id();
    }

    private DocumentRef render(AgencyLetter letter, AgencyInfo agency, List<RegistrationSummary> rows, boolean signed,
                               String processInstanceId) {
        AgencyInfo aggregator = organization.aggregator();
        // the draft names who will sign it: a director, or the other one when it lists a director's own request
        Optional<PersonInfo> signer = signed ? organization.person(letter.signedBy())
                : signers(letter).candidateUsers().stream().findFirst().flatMap(organization::person)
                .or(() -> organization.peopleWithRole(Role.DIRECTOR, agency.code(), null).stream().findFirst());
        String signerName = signer.map(PersonInfo::fullName).orElse(signed ? letter.signedBy() : "");
        String signerTitle = PdfDocuments.signatureTitle(agency.signerTitle(), signer.map(PersonInfo::position).orElse(null));
        List<List<String>> table = new ArrayList<>();
        int n = 1;
        for (RegistrationSummary r : rows) {
            table.add(List.of(String.valueOf(n++), r.fullName(), PdfDocuments.dmy(r.dateOfBirth()), r.genderLabel(),
                    r.citizenId(), r.position(), r.unitName(), r.duties(), r.mobilePhone(), r.officialEmail(),
                    r.accessScopeLabel(), r.requestNumber()));
        }
        DocumentTexts.Texts t = texts.render(DocumentTemplate.AGENCY_LETTER, Map.of("coQuan", agency.name(),
                "coQuanTongHop", aggregator.name(), "soNguoi", rows.size()));
        LetterData data = new LetterData(
                new OfficialHeader(agency.parentBody(), agency.name(), "Số: " + letter.letterNumber(),
                        t.line("trich-yeu"), organization.province().placeName(), letter.letterDate()),
                t.line("kinh-gui"), t.paragraphs("noi-dung"), t.line("tieu-de-danh-sach"),
                List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Chức vụ",
                        "Đơn vị công tác", "Nhiệm vụ được giao", "Số điện thoại", "Thư điện tử công vụ",
                        "Hình thức khai thác", "Số phiếu"),
                new float[]{27, 80, 52, 30, 68, 50, 70, 78, 56, 100, 40, 100},
                LetterData.single(table),
                t.items("noi-nhan"),
                signed ? SignatureBlock.signedOnSystem(signerTitle, signerName,
                        letter.signedAt().atZone(VN).toLocalDate())
                        : SignatureBlock.draft(signerTitle, signerName), t.line("ten-van-ban"));
        // to be signed with the director's own token, the draft is the letter itself: no "DỰ THẢO" mark
        boolean toSign = !signed && signsOwnCertificate(agency.code());
        byte[] bytes = pdf.letterWithList(data, signed || toSign);
        String fileName = "cong-van-" + letter.letterNumber().replace('/', '-')
                + (signed ? "" : toSign ? "-trinh-ky" : "-du-thao") + ".pdf";
        DocumentRef ref = toSign ? documents.storeForSignature(DocumentKind.AGENCY_LETTER, fileName, bytes,
                agency.code(), null, processInstanceId)
                : documents.store(DocumentKind.AGENCY_LETTER, fileName, bytes, agency.code(), null, processInstanceId,
                signed ? letter.letterNumber() : null);
        letter.attachDocument(ref.id());
        return ref;
    }


    private static List<Map<String, String>> options(List<RegistrationSummary> waiting) {
        return waiting.stream().map(r -> Map.of("value", r.requestNumber(),
                "label", r.requestNumber() + " - " + r.fullName() + " - " + r.unitName())).toList();
    }


    /** The letter a step of its process acts on, by the process's business key. */
    private AgencyLetter get(String businessKey) {
        return letters.findById(AgencySubmissionProcess.letterId(businessKey))
                .filter(l -> l.businessKey().equals(businessKey))
                .orElseThrow(() -> new SubmissionException("No letter " + businessKey, "Không tìm thấy công văn."));
    }
}
