package vn.dldcaccess.authorization;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;

import java.util.ArrayList;
import java.util.List;

/** Who hears of a letter: the delegate when she is asked, one person, or both parties. */
@Component
class AuthorizationNotices {
    private final OrganizationDirectory organization;
    private final Notifier notifier;
    private final AuthorizationMessages messages;
    private final AuthorizationRecords records;

    AuthorizationNotices(OrganizationDirectory organization, Notifier notifier, AuthorizationMessages messages,
                         AuthorizationRecords records) {
        this.organization = organization;
        this.notifier = notifier;
        this.messages = messages;
        this.records = records;
    }

    /** The delegate learns she is asked, and that a task waits for her answer. */
    void askDelegate(Authorization a) {
        send(a, a.delegateUsername(), messages.askDelegate(records.name(a.holderUsername()),
                records.account(a).username(), PdfDocuments.dmy(a.validFrom()), PdfDocuments.dmy(a.validTo())));
    }

    void send(Authorization a, String username, DocumentTexts.Message m) {
        notifier.notify(organization.person(username).stream().toList(), m.subject(), m.body(),
                AuthorizationLetterProcess.businessKey(a.id()));
    }

    /** Both parties: the holder and the delegate. */
    void tell(Authorization a, DocumentTexts.Message m) {
        tell(a, m.subject(), m.body());
    }

    private void tell(Authorization a, String subject, String body) {
        List<PersonInfo> to = new ArrayList<>();
        organization.person(a.holderUsername()).ifPresent(to::add);
        organization.person(a.delegateUsername()).ifPresent(to::add);
        notifier.notify(to, subject, body, AuthorizationLetterProcess.businessKey(a.id()));
    }
}
