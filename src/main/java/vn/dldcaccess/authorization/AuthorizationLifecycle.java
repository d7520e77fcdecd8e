package vn.dldcaccess.authorization;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestKind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** An approved letter's life: the giấy ủy quyền issued, its start, its end at term or early, its cancellation. */
@Service
@Transactional
class AuthorizationLifecycle {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuthorizationLetterDocument letters;
    private final AuthorizationMessages messages;
    private final AuthorizationRecords records;
    private final AuthorizationRegister register;
    private final AuthorizationNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthorizationLifecycle(AuthorizationLetterDocument letters, AuthorizationMessages messages,
                           AuthorizationRecords records, AuthorizationRegister register, AuthorizationNotices notices,
                           ApplicationEventPublisher events, Clock clock) {
        this.letters = letters;
        this.messages = messages;
        this.records = records;
        this.register = register;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** The giấy ủy quyền, once approved: both parties, period, scope, responsibilities, signatures. */
    DocumentRef render(String key, String processInstanceId) {
        Authorization a = records.get(key);
        AccountView acc = records.account(a);
        DocumentRef ref = letters.issue(a, acc, LocalDate.now(clock.withZone(VN)), processInstanceId);
        a.attachDocument(ref.id());
        events.publishEvent(new RequestDocumentAdded(RequestKind.AUTHORIZATION, a.id(), ref.id(), ref.fileName()));
        notices.tell(a, messages.approved(a.reference(), acc.username(), PdfDocuments.dmy(a.validFrom()),
                PdfDocuments.dmy(a.validTo())));
        return ref;
    }

    void activate(String key) {
        Authorization a = records.get(key);
        a.activate(clock.instant());
        register.track(a, "system", Messages.text("authorization.tracking.started"));
        notices.tell(a, messages.started(a.reference(), records.account(a).username(), records.name(a.delegateUsername()),
                PdfDocuments.dmy(a.validTo()), a.scope()));
    }

    /** @return whether it ended now (false: it had ended already) */
    boolean end(String key, String why, Actor actor) {
        Authorization a = records.get(key);
        boolean ended = a.end(why, actor, clock.instant());
        if (ended) {
            register.track(a, actor.username(), why);
            notices.tell(a, messages.ended(a.reference(), records.account(a).username(), records.name(a.delegateUsername()), why));
        }
        return ended;
    }

    /** Ends an authorization in any open state (the holder left, the account closed); twice is a no-op. */
    /** The holder left or the account closed: a consequence of that step, recorded as the system's. */
    void cancel(String key, String why) {
        Authorization a = records.get(key);
        if (a.status() == AuthorizationStatus.AWAITING_DELEGATE || a.status() == AuthorizationStatus.REQUESTED
                || a.status() == AuthorizationStatus.RETURNED) {
            a.cancel(why, clock.instant());
            register.track(a, Actor.SYSTEM_NAME, why);
        } else if (a.status().isOpen()) {
            end(key, why, Actor.system());
        }
    }
}
