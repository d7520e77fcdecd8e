package vn.dldcaccess.authorization;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;
import vn.dldcaccess.shared.RequestStep;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static vn.dldcaccess.authorization.AuthorizationRecords.number;

/** Tells the request register each step of a letter, and once all the letters recorded before it kept one. */
@Component
@Transactional
class AuthorizationRegister implements RequestReplay {
    private final AuthorizationRepository authorizations;
    private final ApplicationEventPublisher events;
    private final AuthorizationRecords records;
    private final Clock clock;

    AuthorizationRegister(AuthorizationRepository authorizations, ApplicationEventPublisher events,
                          AuthorizationRecords records, Clock clock) {
        this.authorizations = authorizations;
        this.events = events;
        this.records = records;
        this.clock = clock;
    }

    @Override
    public RequestKind kind() {
        return RequestKind.AUTHORIZATION;
    }

    /**
     * Tells the register of every letter recorded before it kept one (its one-time backfill): the request when
     * it was made, then the state it is in now.
     */
    @Override
    public int replayRequests() {
        List<Authorization> all = authorizations.findAll(org.springframework.data.domain.Sort.by("id"));
        for (Authorization a : all) {
            String holder = records.name(a.holderUsername());
            events.publishEvent(new RequestStep(RequestKind.AUTHORIZATION, a.id(), number(a), number(a),
                    new RequestStep.Party(a.holderUsername(), holder, null), a.agencyCode(), a.unitCode(),
                    AuthorizationStatus.REQUESTED.name(), AuthorizationStatus.REQUESTED.label(), true, a.validFrom(),
                    a.createdAt(), a.holderUsername(), Messages.text("authorization.tracking.requestedShort", records.name(a.delegateUsername()))));
            if (a.status() != AuthorizationStatus.REQUESTED) {
                Instant last = java.util.stream.Stream.of(a.createdAt(), a.decidedAt(), a.activatedAt(), a.endedAt())
                        .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElseThrow();
                publish(a, last, a.endedAt() != null || a.decidedBy() == null ? "system" : a.decidedBy(),
                        a.endReason() != null ? a.endReason() : a.decisionComment());
            }
            if (a.documentId() != null) {
                events.publishEvent(new RequestDocumentAdded(RequestKind.AUTHORIZATION, a.id(), a.documentId(),
                        AuthorizationLetterDocument.fileName(a)));
            }
        }
        return all.size();
    }

    /** The register follows the letter: until it starts its deadline is the first day, then the last. */
    void track(Authorization a, String actor, String detail) {
        publish(a, clock.instant(), actor, detail);
    }

    private void publish(Authorization a, Instant at, String actor, String detail) {
        AuthorizationStatus s = a.status();
        LocalDate deadline = switch (s) {
            case AWAITING_DELEGATE, REQUESTED, RETURNED, APPROVED -> a.validFrom();
            case ACTIVE -> a.validTo();
            case DECLINED, REJECTED, ENDED -> null;
        };
        events.publishEvent(new RequestStep(RequestKind.AUTHORIZATION, a.id(), number(a), number(a),
                new RequestStep.Party(a.holderUsername(), records.name(a.holderUsername()), null), a.agencyCode(),
                a.unitCode(), s.name(), s.label(), s.isOpen(), deadline, at, actor, detail));
    }
}
