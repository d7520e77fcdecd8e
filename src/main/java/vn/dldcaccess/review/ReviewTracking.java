package vn.dldcaccess.review;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.RequestDocumentAdded;
import vn.dldcaccess.shared.RequestKind;
import vn.dldcaccess.shared.RequestReplay;
import vn.dldcaccess.shared.RequestStep;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static vn.dldcaccess.review.AccountReviewProcess.businessKey;

/** Each unit's part of a campaign is a request of its own in the register (the unit heads' task): its steps. */
@Component
@Transactional
class ReviewTracking implements RequestReplay {
    private final ReviewRepository campaigns;
    private final OrganizationDirectory organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewTracking(ReviewRepository campaigns, OrganizationDirectory organization, ApplicationEventPublisher events,
                   Clock clock) {
        this.campaigns = campaigns;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    void track(ReviewCampaign c, UnitReview u, String actor, String detail) {
        publish(c, u, !u.done(), clock.instant(), actor, detail);
    }

    void reportAdded(UnitReview u, DocumentRef report) {
        events.publishEvent(new RequestDocumentAdded(RequestKind.REVIEW, u.id(), report.id(), report.fileName()));
    }

    private void publish(ReviewCampaign c, UnitReview u, boolean open, Instant at, String actor, String detail) {
        UnitReviewStage stage = open ? UnitReviewStage.PENDING : UnitReviewStage.DONE;
        // a head's own accounts are a request about her: it shows in her "Hồ sơ của tôi"
        RequestStep.Party holder = u.holderUsername() == null ? null
                : new RequestStep.Party(u.holderUsername(), name(u.holderUsername()), null);
        String number = unitNumber(c, u);
        events.publishEvent(new RequestStep(RequestKind.REVIEW, u.id(), number, businessKey(c), holder,
                c.agencyCode(), u.unitCode(), stage.name(), stage.label(), open, c.dueDate(), at, actor, detail));
    }

    @Override
    public RequestKind kind() {
        return RequestKind.REVIEW;
    }

    /**
     * Tells the register of every unit review made before it kept one (its one-time backfill): the campaign's
     * start, then the unit's result when it has one.
     */
    @Override
    public int replayRequests() {
        List<ReviewCampaign> all = campaigns.findAll(org.springframework.data.domain.Sort.by("id"));
        for (ReviewCampaign c : all) {
            for (UnitReview u : c.units()) {
                publish(c, u, true, c.startedAt(), c.startedBy(), Messages.text("review.tracking.opened", businessKey(c),
                        PdfDocuments.dmy(c.dueDate())));
                if (u.done()) {
                    publish(c, u, false, u.reviewedAt(), u.reviewedBy(), Messages.text("review.tracking.reviewed", u.decisions().size()));
                }
                if (u.documentId() != null) {
                    events.publishEvent(new RequestDocumentAdded(RequestKind.REVIEW, u.id(), u.documentId(),
                            UnitReviewReport.fileName(c, u)));
                }
            }
        }
        return all.size();
    }

    /**
     * A unit's part of a campaign as the register numbers it: the campaign's key and the part's place in it
     * ("RS-1-2"), in the style of every other key (a prefix and numbers), never a unit's internal code or a log-in.
     */
    static String unitNumber(ReviewCampaign c, UnitReview u) {
        return businessKey(c) + "-" + (c.units().indexOf(u) + 1);
    }

    private String name(String username) {
        return organization.person(username).map(PersonInfo::fullName).orElse(username);
    }
}
