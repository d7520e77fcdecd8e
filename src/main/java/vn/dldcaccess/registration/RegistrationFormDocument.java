package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.RegistrationFormData;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static vn.dldcaccess.registration.Form1658Field.COMMITMENTS_NUMBER;
import static vn.dldcaccess.registration.Form1658Field.NOTE;
import static vn.dldcaccess.registration.RegistrationFormFields.field;

/** The confirmed request's form 1658 as a PDF, stored with the request. */
@Component
@Transactional
class RegistrationFormDocument {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RegistrationRepository registrations;
    private final OrganizationDirectory organization;
    private final RegistrationFormFields fields;
    private final RegistrationMessages messages;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final RegistrationTracking tracking;
    private final Clock clock;

    RegistrationFormDocument(RegistrationRepository registrations, OrganizationDirectory organization,
                             RegistrationFormFields fields, RegistrationMessages messages, PdfDocuments pdf,
                             DocumentStore documents, RegistrationTracking tracking, Clock clock) {
        this.registrations = registrations;
        this.organization = organization;
        this.fields = fields;
        this.messages = messages;
        this.pdf = pdf;
        this.documents = documents;
        this.tracking = tracking;
        this.clock = clock;
    }

    DocumentRef renderForm(String requestNumber, String processInstanceId) {
        Registration r = registrations.require(requestNumber);
        AgencyInfo agency = organization.agency(r.agencyCode()).orElseThrow();
        String unitHeadName = organization.person(r.confirmedBy()).map(PersonInfo::fullName).orElse(r.confirmedBy());
        LocalDate confirmedOn = r.confirmedAt() == null ? null : r.confirmedAt().atZone(VN).toLocalDate();
        DocumentTexts.Texts t = messages.form();
        RegistrationFormData data = new RegistrationFormData(
                new OfficialHeader(agency.parentBody(), agency.name(), null, null,
                        organization.province().placeName(), confirmedOn == null ? LocalDate.now(clock.withZone(VN)) : confirmedOn),
                t.line("tieu-de"), t.line("trich-yeu"), r.requestNumber(), fields.of(r), COMMITMENTS_NUMBER,
                t.items("cam-ket"), List.of(field(NOTE, r.answers().note() == null ? "" : r.answers().note())), r.fullName(),
                unitHeadName, confirmedOn);
        byte[] bytes = pdf.registrationForm(data);
        DocumentRef ref = documents.store(DocumentKind.REGISTRATION_FORM,
                fileName(r), bytes, r.agencyCode(), r.applicantUsername(),
                processInstanceId, r.requestNumber());
        r.attachForm(ref.id());
        tracking.documentAdded(r, ref);
        return ref;
    }

    static String fileName(Registration r) {
        return "phieu-dang-ky-" + r.requestNumber() + ".pdf";
    }
}
