package vn.dldcaccess.leavers;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.OrganizationSource;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.revocation.SourceClosings;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import static vn.dldcaccess.leavers.SourceChangeProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Glue of Process_SourceCheck and Process_SourceChange: the row the business key names, the actor logged in. */
final class SourceChangeDelegates {
    private SourceChangeDelegates() {
    }

    /** Refused step of a source change (the office or an administrator gets the reason, in Vietnamese). */
    static class SourceChangeException extends RefusedException {
        SourceChangeException(String english, Wording wording) {
            super(english, wording);
        }
    }

    static SourceEvent event(SourceEventRepository events, DelegateExecution execution) {
        return events.findById(BUSINESS_KEY.id(execution.getProcessBusinessKey())).orElseThrow(
                () -> new IllegalStateException("No source event " + execution.getProcessBusinessKey()));
    }

    /** Task_CheckSource (Process_SourceCheck). */
    @Component("checkOrganizationSourceDelegate")
    static class Check implements JavaDelegate {
        private final SourceCheck check;
        private final DirectoryCheck directory;

        Check(SourceCheck check, DirectoryCheck directory) {
            this.check = check;
            this.directory = directory;
        }

        @Override
        public void execute(DelegateExecution execution) {
            execution.setVariable("checkOutcome", check.checkConfigured().outcome().name());
            execution.setVariable("directoryOutcome", directory.check(false).outcome().name());
        }
    }

    /** Task_PrepareMoverDecision: what the new unit head sees. */
    @Component("prepareMoverDecisionDelegate")
    static class PrepareMover implements JavaDelegate {
        private final SourceEventRepository events;
        private final SourceClosings closings;
        private final OrganizationDirectory organization;

        PrepareMover(SourceEventRepository events, SourceClosings closings, OrganizationDirectory organization) {
            this.events = events;
            this.closings = closings;
            this.organization = organization;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SourceEvent e = event(events, execution);
            CHANGE_SUMMARY.set(execution, SourceTexts.mover(e, organization, closings.openSystems(e.personUsername())));
        }
    }

    /** Task_OpenSourceClosing: the closing, reported by the application, with the source's day as the handover. */
    @Component("openSourceClosingDelegate")
    static class Open implements JavaDelegate {
        private final SourceEventRepository events;
        private final SourceClosings closings;
        private final OrganizationDirectory organization;

        Open(SourceEventRepository events, SourceClosings closings, OrganizationDirectory organization) {
            this.events = events;
            this.closings = closings;
            this.organization = organization;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SourceEvent e = event(events, execution);
            SourceClosings.Change change = switch (e.kind()) {
                case LEAVER -> SourceClosings.Change.LEFT;
                case MOVER_AGENCY -> SourceClosings.Change.MOVED_AGENCY;
                case MOVER_UNIT -> SourceClosings.Change.MOVED_UNIT;
                default -> throw new IllegalStateException("No closing for " + e.kind());
            };
            String newPlace = switch (e.kind()) {
                case MOVER_AGENCY -> organization.agency(e.newAgency()).map(AgencyInfo::name).orElse(e.newAgency());
                case MOVER_UNIT -> organization.unit(e.newUnit()).map(UnitInfo::name).orElse(e.newUnit());
                default -> null;
            };
            Set<String> keep = e.kind() == SourceChangeKind.MOVER_UNIT
                    ? new HashSet<>(FormValues.strings(execution.getVariable(KEEP_SYSTEMS.name()))) : Set.of();
            // recorded before the person's agency merged into another: that one's office closes (issue 22 part 2)
            String agency = organization.mergedInto(e.oldAgency()).orElse(e.oldAgency());
            var opened = closings.open(e.personUsername(), agency, e.oldUnit(), change, e.eventDate(), newPlace, keep);
            e.opened(opened.map(SourceClosings.Opened::closingKey).orElse(null));
            CLOSING_KEY.set(execution, e.closingKey());
            opened.ifPresent(o -> CHANGE_SUMMARY.set(execution, SourceTexts.change(e, organization, o.closingKey(),
                    o.deadline())));
        }
    }

    /** Task_CorrectHandover: the office's day; the closing's open tasks and timers move with its deadline. */
    @Component("correctSourceHandoverDelegate")
    static class CorrectHandover implements JavaDelegate {
        private final SourceEventRepository events;
        private final SourceClosings closings;
        private final Actors actors;
        private final ClosingDeadlines deadlines;

        CorrectHandover(SourceEventRepository events, SourceClosings closings, Actors actors,
                        ClosingDeadlines deadlines) {
            this.events = events;
            this.closings = closings;
            this.actors = actors;
            this.deadlines = deadlines;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SourceEvent e = event(events, execution);
            String key = e.closingKey();
            LocalDate handover;
            try {
                handover = FormValues.date(HANDOVER.get(execution));
            } catch (java.time.format.DateTimeParseException ex) {
                throw new org.camunda.bpm.engine.BadUserRequestException(
                        Messages.text("leavers.handover.notADate", FormValues.notADate()));
            }
            LocalDate before = closings.deadline(key);
            LocalDate after = refusing(() -> closings.correctHandover(key, handover, actors.of(execution)));
            e.corrected(handover);
            deadlines.shift(key, ChronoUnit.DAYS.between(before, after));
        }
    }

    /** Task_CancelSourceClosing: a false alarm; nothing more closes, a leaver is with us again. */
    @Component("cancelSourceClosingDelegate")
    static class Cancel implements JavaDelegate {
        private final SourceEventRepository events;
        private final SourceClosings closings;
        private final OrganizationSource source;
        private final Actors actors;

        Cancel(SourceEventRepository events, SourceClosings closings, OrganizationSource source, Actors actors) {
            this.events = events;
            this.closings = closings;
            this.source = source;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SourceEvent e = event(events, execution);
            refusing(() -> closings.cancel(e.closingKey(), actors.of(execution)));
            if (e.kind() == SourceChangeKind.LEAVER) {
                source.restore(e.personUsername());
            }
            e.setStatus(SourceEvent.Status.CANCELLED);
        }
    }

    /** Task_TakeInHeldSource: an administrator confirmed the version held back; it is taken in if still the same. */
    @Component("takeInHeldSourceDelegate")
    static class TakeInHeld implements JavaDelegate {
        private final SourceEventRepository events;
        private final SourceCheck check;
        private final DirectoryCheck directory;
        private final OrganizationSource source;
        private final Actors actors;

        TakeInHeld(SourceEventRepository events, SourceCheck check, DirectoryCheck directory, OrganizationSource source,
                   Actors actors) {
            this.events = events;
            this.check = check;
            this.directory = directory;
            this.source = source;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            SourceEvent e = event(events, execution);
            Actor actor = actors.of(execution);
            refusing(() -> {
                if (!actor.admin()) {
                    throw new SourceChangeException(actor.username() + " is not an administrator",
                            Wording.of("leavers.confirm.adminOnly"));
                }
            });
            String location = SOURCE_LOCATION.get(execution);
            if (DirectoryCheck.LOCATION.equals(location)) {
                directory.check(true);
                e.setStatus(SourceEvent.Status.CONFIRMED);
                return;
            }
            var resource = location == null ? source.configuredFile()
                    : new DefaultResourceLoader().getResource(location);
            if (!source.read(resource).hash().equals(e.sourceHash())) {
                throw new org.camunda.bpm.engine.BadUserRequestException(
                        Messages.text("leavers.confirm.sourceChanged"));
            }
            check.check(resource, true);
            e.setStatus(SourceEvent.Status.CONFIRMED);
        }
    }

    /** Task_RejectHeldSource: the version held back is not taken in (the file is to be corrected). */
    @Component("rejectHeldSourceDelegate")
    static class RejectHeld implements JavaDelegate {
        private final SourceEventRepository events;

        RejectHeld(SourceEventRepository events) {
            this.events = events;
        }

        @Override
        public void execute(DelegateExecution execution) {
            event(events, execution).setStatus(SourceEvent.Status.REJECTED);
        }
    }
}
