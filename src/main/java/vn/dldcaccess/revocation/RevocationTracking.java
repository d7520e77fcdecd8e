package vn.dldcaccess.revocation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;
import vn.dldcaccess.shared.RequestStep;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static vn.dldcaccess.revocation.AccountRevocationProcess.businessKey;

/** Tells the register of every step a report took (the reported person's request), and replays them once. */
@Component
@Transactional
class RevocationTracking implements RequestReplay {
    private final RevocationRepository revocations;
    private final RevocationPeople people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RevocationTracking(RevocationRepository revocations, RevocationPeople people, ApplicationEventPublisher events,
                       Clock clock) {
        this.revocations = revocations;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    void track(Revocation r, String actor, String detail, LocalDate doneOn) {
        publish(r, clock.instant(), "OPEN".equals(r.status()), actor, detail, doneOn);
    }

    void noticeAdded(Revocation r, DocumentRef doc) {
        events.publishEvent(new RequestDocumentAdded(RequestKind.REVOCATION, r.id(), doc.id(), doc.fileName()));
    }

    @Override
    public RequestKind kind() {
        return RequestKind.REVOCATION;
    }

    /**
     * Tells the register of every closing reported before it kept one (its one-time backfill): the report
     * when it was made, then, when done, its end.
     */
    @Override
    public int replayRequests() {
        List<Revocation> all = revocations.findAll(org.springframework.data.domain.Sort.by("id"));
        for (Revocation r : all) {
            publish(r, r.createdAt(), true, r.reportedBy(), Messages.text("revocation.tracking.reportedReplay", r.reason().label(),
                    PdfDocuments.dmy(r.handoverDate())), null);
            if (!"OPEN".equals(r.status())) {
                publish(r, r.finishedAt() != null ? r.finishedAt() : r.createdAt(), false, "system",
                        Messages.text("revocation.tracking.noticeMade"), lastClosed(r));
            }
            if (r.noticeDocumentId() != null) {
                events.publishEvent(new RequestDocumentAdded(RequestKind.REVOCATION, r.id(), r.noticeDocumentId(),
                        RevocationNotice.fileName(r)));
            }
        }
        return all.size();
    }

    /** The day the last of its accounts was closed (null: none yet). */
    static LocalDate lastClosed(Revocation r) {
        return r.items().stream().map(RevocationItem::closedOn).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    private void publish(Revocation r, Instant at, boolean open, String actor, String detail, LocalDate doneOn) {
        long toClose = r.items().stream().filter(i -> !i.kept()).count();
        long closed = r.items().stream().filter(i -> !i.kept() && i.closedOn() != null).count();
        RevocationStage stage = open ? RevocationStage.OPEN : RevocationStage.DONE;
        events.publishEvent(new RequestStep(RequestKind.REVOCATION, r.id(), businessKey(r), businessKey(r),
                new RequestStep.Party(r.personUsername(), people.name(r.personUsername()), null), r.agencyCode(),
                r.unitCode(), stage.name(), stage.label(), open, r.deadline(), at, actor,
                Messages.text("revocation.tracking.progress", detail, closed, toClose), doneOn));
    }
}
