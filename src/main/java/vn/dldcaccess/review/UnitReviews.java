package vn.dldcaccess.review;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One unit's part of a campaign: who reviews it, what the unit head's task shows, and the result recorded. */
@Component
@Transactional
class UnitReviews {
    /** The length the review form shows for the reasons. */
    static final int MAX_REASONS = 2000;

    private final ReviewRepository campaigns;
    private final ReviewParts parts;
    private final ReviewMessages messages;
    private final UnitReviewReport reports;
    private final ReviewTracking tracking;
    private final Clock clock;

    UnitReviews(ReviewRepository campaigns, ReviewParts parts, ReviewMessages messages, UnitReviewReport reports,
                ReviewTracking tracking, Clock clock) {
        this.campaigns = campaigns;
        this.parts = parts;
        this.messages = messages;
        this.reports = reports;
        this.tracking = tracking;
        this.clock = clock;
    }

    record UnitTask(List<Map<String, String>> accountOptions, String summary) {
    }

    /** Marked accounts, by holder, for revocation. */
    record Recorded(DocumentRef report, Map<String, List<Long>> toClose) {
    }

    @Transactional(readOnly = true)
    UnitTask unitTask(String key, long unitReviewId) {
        ReviewCampaign c = campaigns.require(key);
        UnitReview u = unit(c, unitReviewId);
        List<AccountView> list = parts.accounts(c, u);
        List<Map<String, String>> options = list.stream().map(a -> Map.of("value", String.valueOf(a.id()),
                "label", a.system().label() + " - " + a.username() + " - " + a.holderName())).toList();
        String summary = messages.unitTask(parts.label(u), PdfDocuments.dmy(c.dueDate()), list, parts.reconciliation(list));
        return new UnitTask(options, summary);
    }

    /** The unit head's result: every account kept but the marked ones, which need a reason. */
    Recorded record(String key, long unitReviewId, List<String> marked, String reasonRaw, Actor unitHead,
                    String processInstanceId) {
        ReviewCampaign c = campaigns.require(key);
        UnitReview u = unit(c, unitReviewId);
        String reasonText;
        try {
            reasonText = PlainText.paragraph(reasonRaw, MAX_REASONS);
        } catch (IllegalArgumentException e) {
            throw new ReviewException("Reasons refused", Wording.of("review.reasons.invalid", e.getMessage()));
        }
        List<AccountView> list = parts.accounts(c, u);
        Map<String, AccountView> byId = list.stream().collect(Collectors.toMap(a -> String.valueOf(a.id()), a -> a));
        List<String> problems = new ArrayList<>();
        for (String id : marked) {
            if (!byId.containsKey(id)) {
                problems.add(Messages.text("review.accounts.notOfUnit", id));
            }
        }
        Map<String, String> reasons = ReviewReasons.perAccount(marked.stream().filter(byId::containsKey)
                .map(id -> byId.get(id).username()).toList(), reasonText);
        for (String id : marked) {
            AccountView a = byId.get(id);
            if (a != null && reasons.get(a.username()) == null) {
                problems.add(Messages.text("review.reasons.required", a.username()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReviewException("Unit review refused: " + problems, Wording.of("review.unit.refused", String.join("; ", problems)));
        }
        List<ReviewDecision> decisions = new ArrayList<>();
        Map<String, List<Long>> toClose = new LinkedHashMap<>();
        for (AccountView a : list) {
            boolean close = marked.contains(String.valueOf(a.id()));
            decisions.add(new ReviewDecision(a.id(), a.system(), a.username(), a.holderUsername(), !close,
                    close ? reasons.get(a.username()) : null));
            if (close) {
                toClose.computeIfAbsent(a.holderUsername(), k -> new ArrayList<>()).add(a.id());
            }
        }
        u.record(decisions, unitHead, parts.reviewers(c, u), clock.instant());
        DocumentRef report = reports.render(c, u, processInstanceId);
        int closing = toClose.values().stream().mapToInt(List::size).sum();
        tracking.track(c, u, unitHead.username(), Messages.text("review.tracking.unitDone", decisions.size(), closing));
        tracking.reportAdded(u, report);
        return new Recorded(report, toClose);
    }

    /**
     * Who reviews one part: the unit's heads (Task_ReviewUnitAccounts' candidate group); a head's own accounts, the
     * unit's other heads by name, or the agency office (issue 23).
     */
    @Transactional(readOnly = true)
    Deciders reviewers(String key, long unitReviewId) {
        ReviewCampaign c = campaigns.require(key);
        return parts.reviewers(c, unit(c, unitReviewId));
    }

    /** The unit's heads' group (the model before issue 23 names it). */
    @Transactional(readOnly = true)
    String unitHeadGroup(String key, long unitReviewId) {
        return vn.dldcaccess.organization.Groups.unitHeads(unit(campaigns.require(key), unitReviewId).unitCode());
    }

    /** A unit review of this very campaign (never one of another). */
    private static UnitReview unit(ReviewCampaign c, long unitReviewId) {
        return c.unit(unitReviewId).orElseThrow(() -> new ReviewException("No unit review " + unitReviewId,
                Wording.of("review.unit.notFound")));
    }
}
