package vn.dldcaccess.notification;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.PersonInfo;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Puts messages for people into the outbox, in the same transaction as the step that caused them. With an SMTP
 * server configured each message also gets a delivery job (Process_MailDelivery) that retries until it is sent;
 * without one the message stays in the outbox, where the application shows it.
 */
@Service
@Transactional
public class Notifier {
    static final String DELIVERY_PROCESS = "Process_MailDelivery";
    static final String NOTIFICATION_ID = "notificationId";

    private final NotificationRepository outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final RuntimeService runtime;
    private final Clock clock;
    private final PublicAddress address;
    private final RequestLinkLine linkLine;

    @org.springframework.beans.factory.annotation.Autowired
    Notifier(NotificationRepository outbox, ObjectProvider<JavaMailSender> mail, RuntimeService runtime, Clock clock,
             PublicAddress address, RequestLinkLine linkLine) {
        this.outbox = outbox;
        this.mail = mail;
        this.runtime = runtime;
        this.clock = clock;
        this.address = address;
        this.linkLine = linkLine;
    }

    Notifier(NotificationRepository outbox, ObjectProvider<JavaMailSender> mail, RuntimeService runtime, Clock clock,
             NotificationProperties properties) {
        this(outbox, mail, runtime, clock, new PublicAddress(properties.publicUrl(), null),
                new RequestLinkLine(vn.dldcaccess.document.DocumentTexts.builtIn()));
    }

    /** A page of the application as a mail links to it ("/request.html?number=…" → "https://…/request.html?…"). */
    public String link(String path) {
        return address.link(path);
    }

    /** @param reference the request the message is about (its number or business key): the mail links to its page */
    public void notify(Collection<PersonInfo> recipients, String subject, String body, String reference) {
        boolean sending = mail.getIfAvailable() != null;
        body = linkLine.appendTo(body, reference, address);
        for (PersonInfo p : recipients.stream().distinct().toList()) {
            Notification n = outbox.save(new Notification(p.username(), p.email(), subject, body, reference,
                    clock.instant(), sending));
            if (sending) {
                runtime.startProcessInstanceByKey(DELIVERY_PROCESS, "MAIL-" + n.id(),
                        Variables.createVariables().putValue(NOTIFICATION_ID, n.id()));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<OutboxMessage> messagesAbout(String reference) {
        return outbox.findByReferenceOrderByIdAsc(reference).stream().map(Notifier::view).toList();
    }

    static OutboxMessage view(Notification n) {
        return new OutboxMessage(n.id(), n.recipientUsername(), n.recipientEmail(), n.subject(), n.body(),
                n.reference(), n.status(), n.createdAt(), n.sentAt(), n.attempts(), n.lastError());
    }
}
