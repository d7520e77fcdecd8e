package vn.dldcaccess.registration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestStep;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Tells the agency office's register of every step a registration took (its events since a count). */
@Component
class RegistrationTracking {
    private final ApplicationEventPublisher events;
    private final TimerDates calendar;
    private final RegistrationProperties properties;

    RegistrationTracking(ApplicationEventPublisher events, TimerDates calendar, RegistrationProperties properties) {
        this.events = events;
        this.calendar = calendar;
        this.properties = properties;
    }

    /** Publishes the events the registration recorded (since it was read) after the first {@code before} ones. */
    void stepped(Registration r, int before) {
        List<RegistrationEvent> all = r.recorded();
        publish(r, all.subList(Math.min(before, all.size()), all.size()));
    }

    /** Publishes every event the registration ever recorded (the register's backfill). */
    void replayed(Registration r) {
        publish(r, r.events());
    }

    private void publish(Registration r, List<RegistrationEvent> steps) {
        for (RegistrationEvent e : steps) {
            RegistrationStatus s = e.status();
            // the unit head's confirmation is the one stage with a deadline of its own (the office is told then)
            LocalDate deadline = s == RegistrationStatus.SUBMITTED
                    ? calendar.addWorkingDays(e.at().atZone(calendar.zone()).toLocalDate(),
                    properties.confirmationEscalationWorkingDays())
                    : null;
            events.publishEvent(new RequestStep(RequestKind.REGISTRATION, r.id(), r.requestNumber(), r.requestNumber(),
                    new RequestStep.Party(r.applicantUsername(), r.fullName(), r.citizenId()), r.agencyCode(),
                    r.unitCode(), s.name(), s.label(), s.isOpen(), deadline, e.at(), e.actor(), e.detail()));
        }
    }

    /** A change of the registration, then the register told of each step it recorded. */
    void tracked(Registration r, Runnable change) {
        int before = r.recorded().size();
        change.run();
        stepped(r, before);
    }

    /** The same, for a change that answers (whether it changed anything). */
    <T> T trackedResult(Registration r, Supplier<T> change) {
        int before = r.recorded().size();
        T result = change.get();
        stepped(r, before);
        return result;
    }

    void documentAdded(Registration r, DocumentRef ref) {
        events.publishEvent(new RequestDocumentAdded(RequestKind.REGISTRATION, r.id(), ref.id(), ref.fileName()));
    }
}
