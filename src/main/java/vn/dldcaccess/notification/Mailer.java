package vn.dldcaccess.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.shared.Messages;

import java.time.Clock;

/** Sends one outbox message over SMTP, once. */
@Service
class Mailer {
    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    /** The line under every mail (message bundle "notification.mail.footer"), as text. */
    static String footer() {
        return "\n\n--\n" + Messages.text("notification.mail.footer");
    }

    /** The same line, in HTML. */
    static String htmlFooter() {
        return "<hr><p><small>" + org.springframework.web.util.HtmlUtils.htmlEscape(Messages.text("notification.mail.footer"),
                "UTF-8") + "</small></p>";
    }

    private final NotificationRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;
    private final Clock clock;

    Mailer(NotificationRepository outbox, ObjectProvider<JavaMailSender> sender, NotificationProperties properties,
           Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** Throws when the server refuses or cannot be reached: the delivery job retries. */
    @Transactional
    public void send(long id) throws MessagingException {
        Notification n = outbox.findById(id).orElseThrow(() -> new IllegalStateException("No notification " + id));
        if ("SENT".equals(n.status())) {
            return;
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            throw new IllegalStateException("No SMTP server configured; notification " + id + " stays queued");
        }
        MimeMessage message = mail.createMimeMessage();
        // multipart/alternative: the plain text for every reader, the HTML for those that show it
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(n.recipientEmail());
        helper.setSubject(n.subject());
        helper.setText(MailBody.text(n.body()) + footer(), MailBody.html(n.body()) + htmlFooter());
        mail.send(message);
        n.markSent(clock.instant());
        log.info("Notification {} sent to {}", id, n.recipientUsername());
    }

    /** The failure is kept on the message even though the delivery transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(long id, String error) {
        outbox.findById(id).ifPresent(n -> n.recordFailure(error));
    }
}
