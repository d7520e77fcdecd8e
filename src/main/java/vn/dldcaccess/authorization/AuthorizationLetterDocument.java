package vn.dldcaccess.authorization;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.document.AuthorizationLetterData;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentNumbers;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.DocumentTemplate;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.LabeledValue;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.SignatureBlock;
import vn.dldcaccess.document.SignatureCapacity;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.UnitInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The giấy ủy quyền as a document: the letter's row → its data → the template → a numbered, stored PDF. Each
 * signature block says what that person did on the system, and when.
 */
@Component
class AuthorizationLetterDocument {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final OrganizationDirectory organization;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentNumbers numbers;
    private final DocumentTexts texts;

    AuthorizationLetterDocument(OrganizationDirectory organization, PdfDocuments pdf, DocumentStore documents,
                                DocumentNumbers numbers, DocumentTexts texts) {
        this.organization = organization;
        this.pdf = pdf;
        this.documents = documents;
        this.numbers = numbers;
        this.texts = texts;
    }

    /** Issues the approved letter under its agency's next number (or the one it was given before). */
    DocumentRef issue(Authorization a, AccountView account, LocalDate today, String processInstanceId) {
        AgencyInfo agency = organization.agency(a.agencyCode()).orElseThrow();
        PersonInfo holder = organization.person(a.holderUsername()).orElseThrow();
        PersonInfo delegate = organization.person(a.delegateUsername()).orElseThrow();
        PersonInfo approverPerson = organization.person(a.decidedBy()).orElse(null);
        String approver = approverPerson == null ? a.decidedBy() : approverPerson.fullName();
        // the agency office approves in the unit heads' place when the holder or the delegate is its only head
        boolean byOffice = organization.person(a.decidedBy()).map(p -> !p.has(Role.UNIT_HEAD)
                && p.has(Role.AGENCY_OFFICE)).orElse(false);
        LocalDate approvedOn = a.decidedAt() == null ? today : day(a.decidedAt());
        String official = a.officialNumber(() -> numbers.issue(DocumentKind.AUTHORIZATION_LETTER, agency,
                approvedOn.getYear()));
        AuthorizationLetterData data = new AuthorizationLetterData(
                new OfficialHeader(agency.parentBody(), agency.name(), "Số: " + official, null,
                        organization.province().placeName(), approvedOn),
                texts.render(DocumentTemplate.AUTHORIZATION_LETTER, Map.of("heThong", account.system().label())),
                party(holder), party(delegate),
                List.of(new LabeledValue("Tài khoản", account.username() + " (" + account.system().label() + ")"),
                        new LabeledValue("Thời hạn ủy quyền", "từ ngày " + PdfDocuments.dmy(a.validFrom())
                                + " đến hết ngày " + PdfDocuments.dmy(a.validTo())),
                        new LabeledValue("Lý do", a.reason().label()
                                + (a.reasonDetail() == null ? "" : ": " + a.reasonDetail())),
                        new LabeledValue("Phạm vi ủy quyền", a.scope())),
                lines(a.holderDuties()), lines(a.delegateDuties()),
                new SignatureBlock("NGƯỜI ỦY QUYỀN", "(Đã đề nghị trên hệ thống ngày "
                        + PdfDocuments.dmy(day(a.createdAt())) + ")", holder.fullName()),
                delegateSignature(a, delegate),
                new SignatureBlock(approvalTitle(agency, approverPerson, byOffice),
                        "(Đã duyệt trên hệ thống ngày " + PdfDocuments.dmy(approvedOn) + ")", approver));
        return documents.store(DocumentKind.AUTHORIZATION_LETTER, fileName(a), pdf.authorizationLetter(data),
                a.agencyCode(), a.holderUsername(), processInstanceId, official);
    }

    /**
     * The approval issues the letter: under the agency's seal it is signed in the agency's name ("TL. GIÁM ĐỐC /
     * Trưởng phòng", issue 21); unsealed, the unit head or the office approves in its own name.
     */
    private String approvalTitle(AgencyInfo agency, PersonInfo approver, boolean byOffice) {
        String own = byOffice ? "VĂN PHÒNG CƠ QUAN DUYỆT" : "LÃNH ĐẠO ĐƠN VỊ DUYỆT";
        if (!documents.seals(agency.code(), DocumentKind.AUTHORIZATION_LETTER) || approver == null) {
            return own;
        }
        return SignatureCapacity.forAgency(agency.signerTitle(), approver.position()).orElse(own);
    }

    /**
     * What the delegate did: accepted in her own task, with the day; a letter approved before she was asked (filed
     * before this step existed) says no more than that she was told.
     */
    static SignatureBlock delegateSignature(Authorization a, PersonInfo delegate) {
        return new SignatureBlock("NGƯỜI ĐƯỢC ỦY QUYỀN", a.delegateAnsweredAt() != null
                ? "(Đã đồng ý trên hệ thống ngày " + PdfDocuments.dmy(day(a.delegateAnsweredAt())) + ")"
                : "(Được thông báo trên hệ thống; chưa xác nhận)", delegate.fullName());
    }

    static String fileName(Authorization a) {
        return "giay-uy-quyen-" + AuthorizationRecords.number(a) + ".pdf";
    }

    private static LocalDate day(Instant at) {
        return at.atZone(VN).toLocalDate();
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
}
