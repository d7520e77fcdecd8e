package vn.dldcaccess.submission;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.DocumentTemplate;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.LetterData;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.SignatureBlock;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.registration.RegistrationSummary;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The agency's letter to the aggregator as a PDF: draft, to sign with the director's token, or signed. */
@Component
class AgencyLetterPdf {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final OrganizationDirectory organization;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentTexts texts;
    private final AgencyLetterRecords records;

    AgencyLetterPdf(OrganizationDirectory organization, PdfDocuments pdf, DocumentStore documents, DocumentTexts texts,
                    AgencyLetterRecords records) {
        this.organization = organization;
        this.pdf = pdf;
        this.documents = documents;
        this.texts = texts;
        this.records = records;
    }

    /** Renders and stores the letter listing these requests; the letter keeps the document. */
    DocumentRef render(AgencyLetter letter, AgencyInfo agency, List<RegistrationSummary> rows, boolean signed,
                       String processInstanceId) {
        AgencyInfo aggregator = organization.aggregator();
        // the draft names who will sign it: a director, or the other one when it lists a director's own request
        Optional<PersonInfo> signer = signed ? organization.person(letter.signedBy())
                : records.signers(letter).candidateUsers().stream().findFirst().flatMap(organization::person)
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
        boolean toSign = !signed && records.signsOwnCertificate(agency.code());
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
}
