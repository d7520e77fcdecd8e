package vn.dldcaccess.notification;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.PersonInfo;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** Puts messages for people into the outbox, in the same transaction as the step that caused them. */
@Service
@Transactional
public class Notifier {
    private final NotificationRepository outbox;
    private final Clock clock;

    Notifier(NotificationRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void notify(Collection<PersonInfo> recipients, String subject, String body, String reference) {
        for (PersonInfo p : recipients) {
            outbox.save(new Notification(p.username(), p.email(), subject, body, reference, clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public List<OutboxMessage> messagesAbout(String reference) {
        return outbox.findByReferenceOrderByIdAsc(reference).stream()
                .map(n -> new OutboxMessage(n.recipientUsername(), n.subject(), n.body(), n.reference())).toList();
    }
}
