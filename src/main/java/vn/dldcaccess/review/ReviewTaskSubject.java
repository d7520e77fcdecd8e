package vn.dldcaccess.review;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;

/** A review's tasks: the agency, the campaign's key and its due date. */
@Component
class ReviewTaskSubject implements TaskSubject {
    private final ReviewRepository campaigns;
    private final OrganizationDirectory organization;

    ReviewTaskSubject(ReviewRepository campaigns, OrganizationDirectory organization) {
        this.campaigns = campaigns;
        this.organization = organization;
    }

    @Override
    public Optional<String> subjectOf(String businessKey) {
        return AccountReviewProcess.BUSINESS_KEY.find(businessKey).flatMap(campaigns::findById)
                .map(c -> organization.agency(c.agencyCode()).map(AgencyInfo::name).orElse(c.agencyCode())
                        + DASH + businessKey + (c.dueDate() == null ? "" : Messages.text("review.subject.due", PdfDocuments.dmy(c.dueDate()))));
    }
}
