package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.ClosureNotice;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentNumbers;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.SignatureCapacity;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.shared.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static vn.dldcaccess.revocation.AccountRevocationProcess.businessKey;

/** The notice of what was closed and when, issued once every account of the report is closed. */
@Component
@Transactional
class RevocationNotice {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RevocationRepository revocations;
    private final OrganizationDirectory organization;
    private final RevocationPeople people;
    private final PdfDocuments pdf;
    private final DocumentStore documents;
    private final DocumentNumbers numbers;
    private final DocumentTexts texts;
    private final RevocationMessages messages;
    private final Notifier notifier;
    private final RevocationTracking tracking;
    private final Clock clock;

    RevocationNotice(RevocationRepository revocations, OrganizationDirectory organization, RevocationPeople people,
                     PdfDocuments pdf, DocumentStore documents, DocumentNumbers numbers, DocumentTexts texts,
                     RevocationMessages messages, Notifier notifier, RevocationTracking tracking, Clock clock) {
        this.revocations = revocations;
        this.organization = organization;
        this.people = people;
        this.pdf = pdf;
        this.documents = documents;
        this.numbers = numbers;
        this.texts = texts;
        this.messages = messages;
        this.notifier = notifier;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** The notice of what was closed and when, once every account is closed. */
    DocumentRef issueNotice(String key, String processInstanceId) {
        Revocation r = revocations.require(key);
        AgencyInfo agency = organization.agency(r.agencyCode()).orElseThrow();
        // the notice is drawn up from what the office reported (reported by the application itself, issue 22: by
        // the office, which is told and checks it)
        PersonInfo reporter = organization.person(r.reportedBy())
                .orElseGet(() -> SourceClosings.bySource(r) ? people.offices(r).stream().findFirst().orElse(null) : null);
        List<ClosureNotice.Account> accountsClosed = new ArrayList<>();
        for (RevocationItem i : r.items()) {
            accountsClosed.add(new ClosureNotice.Account(i.system().label(), i.username(),
                    i.kept() ? null : i.closedOn(), i.kept() ? "" : people.name(i.closedBy()),
                    !i.kept() && i.closedOn().isAfter(r.deadline())));
        }
        String official = r.noticeNumber(() -> numbers.issue(DocumentKind.CLOSURE_NOTICE, agency, today().getYear()));
        // sealed, it is signed in the agency's name: by the office that reported, or its head when she may not
        boolean sealed = documents.seals(r.agencyCode(), DocumentKind.CLOSURE_NOTICE);
        PersonInfo signer = sealed ? SignatureCapacity.signer(agency.signerTitle(), reporter,
                organization.peopleWithRole(Role.AGENCY_OFFICE, r.agencyCode(), null))
                : reporter;
        ClosureNotice notice = new ClosureNotice(agency,
                organization.province().placeName(), today(), official, people.name(r.personUsername()),
                r.reason().label().toLowerCase(), r.newPosition(), r.newAgency(), r.handoverDate(), r.deadline(),
                accountsClosed, signer, r.reportedBy(), sealed);
        DocumentRef doc = documents.store(DocumentKind.CLOSURE_NOTICE, fileName(r),
                pdf.titled(notice.data(texts)), r.agencyCode(), r.personUsername(), processInstanceId, official);
        r.finish(doc.id(), clock.instant());
        // on time or not is the day the last account was closed, not the day the notice was issued
        LocalDate lastClosed = RevocationTracking.lastClosed(r);
        tracking.track(r, "system", Messages.text("revocation.tracking.noticeMade"), lastClosed == null ? today() : lastClosed);
        tracking.noticeAdded(r, doc);
        List<PersonInfo> to = new ArrayList<>(people.offices(r));
        organization.person(r.personUsername()).ifPresent(to::add);
        DocumentTexts.Message m = messages.finished(r, people.name(r.personUsername()));
        notifier.notify(to, m.subject(), m.body(), businessKey(r));
        return doc;
    }

    static String fileName(Revocation r) {
        return "thong-bao-dong-tai-khoan-" + businessKey(r) + ".pdf";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VN));
    }
}
