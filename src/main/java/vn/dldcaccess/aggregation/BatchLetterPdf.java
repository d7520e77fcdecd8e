package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.AttachedList;
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
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.registration.RegistrationSummary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The batch's letter to PC06 as a PDF (draft or as sent): its persons by agency, its revocations attached. */
@Component
class BatchLetterPdf {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RevocationRequestRepository revocations;
    private final RegistrationService registrations;
    private final OrganizationDirectory organization;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentTexts texts;
    private final BatchDuties duties;
    private final RevokedHolders citizenIds;
    private final BatchRecords records;
    private final Clock clock;

    BatchLetterPdf(RevocationRequestRepository revocations, RegistrationService registrations,
                   OrganizationDirectory organization, PdfDocuments pdf, DocumentStore documents, DocumentTexts texts,
                   BatchDuties duties, RevokedHolders citizenIds, BatchRecords records, Clock clock) {
        this.revocations = revocations;
        this.registrations = registrations;
        this.organization = organization;
        this.pdf = pdf;
        this.documents = documents;
        this.texts = texts;
        this.duties = duties;
        this.citizenIds = citizenIds;
        this.records = records;
        this.clock = clock;
    }

    /** Renders and stores the letter of the batch with the letters it took; the batch keeps the document. */
    DocumentRef render(Batch batch, List<ReceivedLetter> taken, String processInstanceId) {
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
                        + records.agencyName(l.agencyCode()));
                for (BatchItem item : l.items()) {
                    RegistrationSummary r = people.get(item.registrationId());
                    rows.add(List.of(String.valueOf(n++), r.fullName(), PdfDocuments.dmy(r.dateOfBirth()),
                            r.genderLabel(), r.citizenId(), r.position(), r.unitName(), r.duties(), r.mobilePhone(),
                            r.officialEmail(), r.accessScopeLabel(), r.requestNumber()));
                }
            }
            sections.add(new ListSection(records.agencyName(e.getKey()), rows));
        }
        Optional<PersonInfo> signerPerson = batch.signedBy() == null ? duties.draftSigner(batch.id())
                : organization.person(batch.signedBy());
        String signer = signerPerson.map(PersonInfo::fullName).orElse(batch.signedBy() == null ? "" : batch.signedBy());
        String signerTitle = PdfDocuments.signatureTitle(aggregator.signerTitle(),
                signerPerson.map(PersonInfo::position).orElse(null));
        int persons = sections.stream().mapToInt(s -> s.rows().size()).sum();
        List<RevocationRequest> revs = BatchContents.revocations(revocations, batch.id());
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
                    records.agencyName(r.agencyCode()), r.accountUsername(), r.reason(), r.reference()));
        }
        AttachedList revocationList = new AttachedList(
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
}
