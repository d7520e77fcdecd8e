package vn.dldcaccess.review;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentNumbers;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.ReviewReport;
import vn.dldcaccess.document.SignatureCapacity;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.UnitInfo;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static vn.dldcaccess.review.AccountReviewProcess.businessKey;

/** The record of one unit's review ("biên bản rà soát") as a PDF, numbered, signed and stored with the unit review. */
@Component
class UnitReviewReport {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final OrganizationDirectory organization;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentNumbers numbers;
    private final DocumentTexts texts;

    UnitReviewReport(OrganizationDirectory organization, PdfDocuments pdf, DocumentStore documents,
                     DocumentNumbers numbers, DocumentTexts texts) {
        this.organization = organization;
        this.pdf = pdf;
        this.documents = documents;
        this.numbers = numbers;
        this.texts = texts;
    }

    DocumentRef render(ReviewCampaign c, UnitReview u, String processInstanceId) {
        AgencyInfo agency = organization.agency(c.agencyCode()).orElseThrow();
        PersonInfo reviewer = organization.person(u.reviewedBy()).orElse(null);
        List<ReviewReport.Account> accounts = new ArrayList<>();
        for (ReviewDecision d : u.decisions()) {
            accounts.add(new ReviewReport.Account(d.system().label(), d.username(), name(d.holderUsername()), d.keep(),
                    d.reason()));
        }
        ZonedDateTime recorded = u.reviewedAt().atZone(VN);
        String official = u.reportNumber(() -> numbers.issue(DocumentKind.REVIEW_REPORT, agency, recorded.getYear()));
        // sealed, it is signed in the agency's name: by the reviewer, or the office beside her when she may not
        boolean sealed = documents.seals(c.agencyCode(), DocumentKind.REVIEW_REPORT);
        PersonInfo officeSigner = sealed ? SignatureCapacity.signer(agency.signerTitle(), null,
                organization.peopleWithRole(Role.AGENCY_OFFICE, c.agencyCode(), null)) : null;
        ReviewReport report = new ReviewReport(agency, unitName(u.unitCode()), official, businessKey(c),
                c.startedAt().atZone(VN).toLocalDate(), recorded, accounts, reviewer, u.reviewedBy(), officeSigner, sealed);
        DocumentRef doc = documents.store(DocumentKind.REVIEW_REPORT, fileName(c, u),
                pdf.titled(report.data(texts)), c.agencyCode(), null, processInstanceId, official);
        u.attachDocument(doc.id());
        return doc;
    }

    static String fileName(ReviewCampaign c, UnitReview u) {
        return "bien-ban-ra-soat-" + businessKey(c) + "-" + u.unitCode()
                + (u.holderUsername() == null ? "" : "-" + u.holderUsername()) + ".pdf";
    }

    private String unitName(String code) {
        return organization.unit(code).map(UnitInfo::name).orElse(code);
    }

    private String name(String username) {
        return organization.person(username).map(PersonInfo::fullName).orElse(username);
    }
}
