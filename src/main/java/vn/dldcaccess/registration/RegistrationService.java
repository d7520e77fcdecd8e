package vn.dldcaccess.registration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * What other features may ask of registration (the aggregator's steps, the agency letter's list, progress), and the
 * register's backfill. Within the feature: {@link RegistrationIntake}, {@link RegistrationDecisions},
 * {@link RegistrationFormDocument}, {@link RegistrationNotices}, {@link RegistrationDeciders}. No engine types.
 */
@Service
@Transactional
public class RegistrationService implements RequestReplay {
    private final RegistrationRepository registrations;
    private final OrganizationDirectory organization;
    private final RegistrationTracking tracking;
    private final Clock clock;

    RegistrationService(RegistrationRepository registrations, OrganizationDirectory organization,
                        RegistrationTracking tracking, Clock clock) {
        this.registrations = registrations;
        this.organization = organization;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** The aggregator received the signed letters listing these requests. */
    public void arrivedAtAggregator(List<Long> ids, Actor actor) {
        for (Registration r : registrations.findAllInIdOrder(ids)) {
            tracking.tracked(r, () -> r.arriveAtAggregator(actor, clock.instant()));
        }
    }

    /** The batch listing these requests was sent to PC06 (outgoing number and date in the detail). */
    public void sentToPc06(List<Long> ids, long batchId, String detail, Actor actor) {
        for (Registration r : registrations.findAllInIdOrder(ids)) {
            tracking.tracked(r, () -> r.sendToPc06(batchId, actor, clock.instant(), detail));
        }
    }

    @Override
    public RequestKind kind() {
        return RequestKind.REGISTRATION;
    }

    /** Tells the register of every registration recorded before it kept one (its one-time backfill). */
    @Override
    public int replayRequests() {
        List<Registration> all = registrations.findAll(org.springframework.data.domain.Sort.by("id"));
        for (Registration r : all) {
            tracking.replayed(r);
            if (r.formDocumentId() != null) {
                tracking.documentAdded(r, new DocumentRef(r.formDocumentId(), DocumentKind.REGISTRATION_FORM,
                        RegistrationFormDocument.fileName(r), null));
            }
        }
        return all.size();
    }

    /** Every step with its date, for the person concerned, the office and the aggregator. */
    @Transactional(readOnly = true)
    public Optional<RegistrationProgressView> progress(String requestNumber) {
        return registrations.findByRequestNumber(requestNumber).map(r -> new RegistrationProgressView(
                r.requestNumber(), r.agencyCode(), r.unitCode(), r.applicantUsername(), r.fullName(), r.status(),
                r.status().label(), r.events().stream().map(e -> new RegistrationProgressView.Step(e.status(),
                        e.status().label(), e.at(), e.actor(), e.detail())).toList(), r.accountId()));
    }

    @Transactional(readOnly = true)
    public List<RegistrationSummary> awaitingAgencyLetter(String agencyCode) {
        return registrations.findByAgencyCodeAndStatusAndFormDocumentIdIsNotNullOrderByIdAsc(agencyCode,
                        RegistrationStatus.CONFIRMED)
                .stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<RegistrationSummary> summaries(List<Long> ids) {
        return registrations.findAllInIdOrder(ids).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RegistrationSummary> byRequestNumber(String requestNumber) {
        return registrations.findByRequestNumber(requestNumber).map(this::summary);
    }

    private RegistrationSummary summary(Registration r) {
        String unitName = organization.unit(r.unitCode()).map(UnitInfo::name).orElse(r.unitCode());
        return new RegistrationSummary(r.id(), r.requestNumber(), r.agencyCode(), r.unitCode(), unitName,
                r.applicantUsername(), r.fullName(),
                r.answers().dateOfBirth(), r.answers().gender().label(), r.citizenId(), r.answers().position(), r.answers().duties(), r.answers().mobilePhone(),
                r.answers().officialEmail(), r.answers().tthcUsername(), RegistrationFormFields.scopeLabel(r.answers().accessScope()), r.answers().purpose(),
                r.status(), r.confirmedAt(), r.agencyLetterId(), r.formDocumentId());
    }
}
