package vn.dldcaccess.review;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.Role;

import java.util.List;

import static vn.dldcaccess.review.AccountReviewProcess.businessKey;

/** Units still to review: their heads reminded before the due date, the agency office told after it. */
@Component
@Transactional
class ReviewReminders {
    private final ReviewRepository campaigns;
    private final ReviewParts parts;
    private final OrganizationDirectory organization;
    private final ReviewMessages messages;
    private final Notifier notifier;

    ReviewReminders(ReviewRepository campaigns, ReviewParts parts, OrganizationDirectory organization,
                    ReviewMessages messages, Notifier notifier) {
        this.campaigns = campaigns;
        this.parts = parts;
        this.organization = organization;
        this.messages = messages;
        this.notifier = notifier;
    }

    void remindUnitHeads(String key) {
        ReviewCampaign c = campaigns.require(key);
        for (UnitReview u : c.units()) {
            if (!u.done()) {
                DocumentTexts.Message m = messages.reminder(parts.label(u), PdfDocuments.dmy(c.dueDate()));
                notifier.notify(parts.reviewerPeople(c, u), m.subject(), m.body(), businessKey(c));
            }
        }
    }

    void escalateToOffice(String key) {
        ReviewCampaign c = campaigns.require(key);
        List<String> pending = c.units().stream().filter(u -> !u.done()).map(parts::label).toList();
        if (!pending.isEmpty()) {
            DocumentTexts.Message m = messages.overdue(PdfDocuments.dmy(c.dueDate()), pending);
            notifier.notify(organization.peopleWithRole(Role.AGENCY_OFFICE, c.agencyCode(), null), m.subject(),
                    m.body(), businessKey(c));
        }
    }
}
