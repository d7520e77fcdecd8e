package vn.dldcaccess.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.calendar.TimerDates;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.dldcaccess.review.AccountReviewProcess.businessKey;

/**
 * Review campaigns: opened (by the office or the schedule), followed per unit, finished. Each unit's part is
 * {@link UnitReviews}; reminders {@link ReviewReminders}; the register {@link ReviewTracking}. No engine types.
 */
@Service
@Transactional
class ReviewCampaigns {
    private static final Logger log = LoggerFactory.getLogger(ReviewCampaigns.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReviewRepository campaigns;
    private final OrganizationDirectory organization;
    private final TimerDates workingDays;
    private final ReviewProperties properties;
    private final ReviewParts parts;
    private final ReviewTracking tracking;
    private final Clock clock;

    ReviewCampaigns(ReviewRepository campaigns, OrganizationDirectory organization, TimerDates workingDays,
                    ReviewProperties properties, ReviewParts parts, ReviewTracking tracking, Clock clock) {
        this.campaigns = campaigns;
        this.organization = organization;
        this.workingDays = workingDays;
        this.properties = properties;
        this.parts = parts;
        this.tracking = tracking;
        this.clock = clock;
    }

    record Opened(String businessKey, String agencyCode, List<Long> unitReviews, LocalDate dueDate) {
    }

    /**
     * Opens a campaign: for the agency of the office clerk logged in, or, for the schedule (the system), for the
     * agency it names; a person's campaign is always of their own agency, whatever a variable says.
     */
    Opened open(String scheduledAgency, Actor starter) {
        String agency = starter.isSystem() ? scheduledAgency : starter.agencyCode();
        if (agency == null || (!starter.isSystem() && !starter.has(Role.AGENCY_OFFICE))) {
            throw new ReviewException("Not an office: " + starter.username(),
                    Wording.of("review.campaign.officeOnly"));
        }
        if (campaigns.existsByOpenAgency(agency)) {
            throw new ReviewException("Open campaign for " + agency,
                    Wording.of("review.campaign.open"));
        }
        List<UnitReview> units = parts.open(agency);
        if (units.isEmpty()) {
            throw new ReviewException("Nothing to review in " + agency,
                    Wording.of("review.campaign.noAccounts"));
        }
        LocalDate due = workingDays.addWorkingDays(LocalDate.now(clock.withZone(VN)), properties.dueWorkingDays());
        ReviewCampaign c = campaigns.saveAndFlush(new ReviewCampaign(agency, starter, clock.instant(), due, units));
        log.info("Review campaign {} opened for {} units of {}", c.id(), units.size(), agency);
        for (UnitReview u : c.units()) {
            tracking.track(c, u, starter.username(), Messages.text("review.tracking.opened", businessKey(c), PdfDocuments.dmy(due)));
        }
        return new Opened(businessKey(c), agency, c.units().stream().map(UnitReview::id).toList(), due);
    }

    /** Agencies a scheduled campaign starts for: those with accounts and no open campaign. */
    @Transactional(readOnly = true)
    List<String> agenciesDue() {
        return organization.agencies(AgencyKind.AGENCY).stream().map(AgencyInfo::code)
                .filter(a -> !campaigns.existsByOpenAgency(a)).filter(a -> !parts.openAccountsByUnit(a).isEmpty()).toList();
    }

    void finish(String key) {
        campaigns.require(key).finish(clock.instant());
    }

    @Transactional(readOnly = true)
    LocalDate dueDate(String key) {
        return campaigns.require(key).dueDate();
    }

    /** Progress per unit of the agency's campaigns, newest first. */
    @Transactional(readOnly = true)
    List<Map<String, Object>> progress(String agencyCode) {
        return campaigns.findByAgencyCodeOrderByIdDesc(agencyCode).stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("campaign", businessKey(c));
            m.put("status", Messages.text("OPEN".equals(c.status()) ? "review.campaign.statusOpen" : "review.campaign.statusDone"));
            m.put("dueDate", PdfDocuments.dmy(c.dueDate()));
            m.put("units", c.units().stream().map(u -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("unit", parts.label(u));
                r.put("done", u.done());
                r.put("kept", u.decisions().stream().filter(ReviewDecision::keep).count());
                r.put("markedForClosure", u.decisions().stream().filter(d -> !d.keep()).count());
                r.put("report", u.documentId() == null ? "" : "/api/documents/" + u.documentId());
                return r;
            }).toList());
            return m;
        }).toList();
    }
}
