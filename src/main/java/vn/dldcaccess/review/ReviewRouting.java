package vn.dldcaccess.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who reviews each part of a campaign, from its unit review (bpmn: {@code ${reviewRouting.reviewerGroups(execution)}}):
 * the unit's heads; a head's own accounts, never she (issue 23).
 */
@Component("reviewRouting")
public class ReviewRouting {
    private final UnitReviews units;

    ReviewRouting(UnitReviews units) {
        this.units = units;
    }

    /** The unit's heads' group (or the agency office's, when no other head is left for a head's own accounts). */
    public List<String> reviewerGroups(DelegateExecution execution) {
        return units.reviewers(execution.getProcessBusinessKey(), ReviewDelegates.unitReviewId(execution))
                .candidateGroups();
    }

    /**
     * Instances started on the model before issue 23 still name this: the same deciders as one list of groups; where
     * the new model names people, the group they belong to (the entity refuses the one the request is about there).
     */
    public String unitHeads(DelegateExecution execution) {
        List<String> groups = reviewerGroups(execution);
        return groups.isEmpty() ? units.unitHeadGroup(execution.getProcessBusinessKey(),
                ReviewDelegates.unitReviewId(execution)) : String.join(",", groups);
    }

    /** A head's own accounts: the unit's other heads by name. */
    public List<String> reviewerUsers(DelegateExecution execution) {
        return units.reviewers(execution.getProcessBusinessKey(), ReviewDelegates.unitReviewId(execution))
                .candidateUsers();
    }
}
