package vn.dldcaccess.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Who reviews each unit, from its unit review (bpmn: {@code ${reviewRouting.unitHeads(execution)}}). */
@Component("reviewRouting")
public class ReviewRouting {
    private final ReviewService reviews;

    ReviewRouting(ReviewService reviews) {
        this.reviews = reviews;
    }

    public String unitHeads(DelegateExecution execution) {
        return reviews.unitHeadGroup(execution.getProcessBusinessKey(), ReviewDelegates.unitReviewId(execution));
    }
}
