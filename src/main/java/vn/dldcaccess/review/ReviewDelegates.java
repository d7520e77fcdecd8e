package vn.dldcaccess.review;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.dldcaccess.revocation.RevocationRequests;
import vn.dldcaccess.security.EngineActor;
import vn.dldcaccess.shared.FormValues;

import java.util.ArrayList;
import java.util.List;

import static vn.dldcaccess.review.AccountReviewProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Glue of Process_AccountReview and its schedule; refusals become a 400 with the Vietnamese message. */
final class ReviewDelegates {
    private ReviewDelegates() {
    }


    static long reviewId(DelegateExecution execution) {
        return (Long) execution.getVariable(REVIEW_ID);
    }

    static long unitReviewId(DelegateExecution execution) {
        return ((Number) execution.getVariable(UNIT_REVIEW_ID)).longValue();
    }

    /** Task_OpenReview. */
    @Component("openReviewDelegate")
    static class OpenReview implements JavaDelegate {
        private final ReviewService reviews;

        OpenReview(ReviewService reviews) {
            this.reviews = reviews;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ReviewService.Opened o = refusing(() -> reviews.open((String) execution.getVariable(AGENCY_CODE),
                    (String) execution.getVariable(STARTER)));
            execution.setProcessBusinessKey("RS-" + o.id());
            execution.setVariable(REVIEW_ID, o.id());
            execution.setVariable(AGENCY_CODE, o.agencyCode());
            execution.setVariable(UNIT_REVIEWS, new ArrayList<>(o.unitReviews()));
        }
    }

    /** Task_PrepareUnitReview: the unit's accounts, local to this unit's instance. */
    @Component("prepareUnitReviewDelegate")
    static class PrepareUnitReview implements JavaDelegate {
        private final ReviewService reviews;

        PrepareUnitReview(ReviewService reviews) {
            this.reviews = reviews;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ReviewService.UnitTask t = reviews.unitTask(reviewId(execution), unitReviewId(execution));
            execution.setVariableLocal(UNIT_HEAD_GROUP, t.unitHeadGroup());
            execution.setVariableLocal(ACCOUNT_OPTIONS, SpinValues.jsonValue(Spin.JSON(t.accountOptions()).toString()).create());
            execution.setVariableLocal(UNIT_SUMMARY, t.summary());
            // what the unit head submits lands here, not on the whole campaign (units run in parallel)
            execution.setVariableLocal(CLOSE_ACCOUNTS, null);
            execution.setVariableLocal(CLOSE_REASON, null);
        }
    }

    /** Task_RecordUnitReview: the result, its PDF, and a revocation for each holder of a marked account. */
    @Component("recordUnitReviewDelegate")
    static class RecordUnitReview implements JavaDelegate {
        private final ReviewService reviews;
        private final RevocationRequests revocations;

        RecordUnitReview(ReviewService reviews, RevocationRequests revocations) {
            this.reviews = reviews;
            this.revocations = revocations;
        }

        @Override
        public void execute(DelegateExecution execution) {
            List<String> marked = FormValues.strings(execution.getVariable(CLOSE_ACCOUNTS));
            String actor = EngineActor.of(execution);
            ReviewService.Recorded r = refusing(() -> reviews.record(reviewId(execution), unitReviewId(execution), marked,
                    (String) execution.getVariable(CLOSE_REASON), actor, execution.getProcessInstanceId()));
            execution.setVariableLocal(REPORT_URL, r.report().downloadPath());
            r.toClose().forEach((holder, ids) -> revocations.closeAfterReview(holder, ids, actor));
        }
    }

    /** Task_RemindUnitHeadsOfReview. */
    @Component("remindUnitHeadsOfReviewDelegate")
    static class Remind implements JavaDelegate {
        private final ReviewService reviews;

        Remind(ReviewService reviews) {
            this.reviews = reviews;
        }

        @Override
        public void execute(DelegateExecution execution) {
            reviews.remindUnitHeads(reviewId(execution));
        }
    }

    /** Task_EscalateReviewToOffice. */
    @Component("escalateReviewToOfficeDelegate")
    static class Escalate implements JavaDelegate {
        private final ReviewService reviews;

        Escalate(ReviewService reviews) {
            this.reviews = reviews;
        }

        @Override
        public void execute(DelegateExecution execution) {
            reviews.escalateToOffice(reviewId(execution));
        }
    }

    /** Task_FinishReview. */
    @Component("finishReviewDelegate")
    static class Finish implements JavaDelegate {
        private final ReviewService reviews;

        Finish(ReviewService reviews) {
            this.reviews = reviews;
        }

        @Override
        public void execute(DelegateExecution execution) {
            reviews.finish(reviewId(execution));
        }
    }

    /** Task_StartAccountReviews (schedule): one campaign per agency with accounts and none open. */
    @Component("startAccountReviewsDelegate")
    static class StartReviews implements JavaDelegate {
        private final ReviewService reviews;

        StartReviews(ReviewService reviews) {
            this.reviews = reviews;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            List<String> due = reviews.agenciesDue();
            for (String agency : due) {
                runtime.startProcessInstanceByKey(KEY, Variables.createVariables().putValue(AGENCY_CODE, agency)
                        .putValue(STARTER, "system"));
            }
            execution.setVariable("startedReviews", due.size());
        }
    }
}
