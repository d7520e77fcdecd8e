package vn.dldcaccess.review;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.ProcessVariable;
import vn.dldcaccess.revocation.RevocationRequests;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.security.Actors;
import vn.dldcaccess.shared.Wording;

import java.util.ArrayList;
import java.util.List;

import static vn.dldcaccess.review.AccountReviewProcess.*;
import static vn.dldcaccess.shared.Refusals.refusing;

/** Glue of Process_AccountReview and its schedule; refusals become a 400 with the Vietnamese message. */
final class ReviewDelegates {
    private ReviewDelegates() {
    }


    static long unitReviewId(DelegateExecution execution) {
        return UNIT_REVIEW_ID.require(execution);
    }

    /** Task_OpenReview. */
    @Component("openReviewDelegate")
    static class OpenReview implements JavaDelegate {
        private final ReviewCampaigns campaigns;
        private final Actors actors;

        OpenReview(ReviewCampaigns campaigns, Actors actors) {
            this.campaigns = campaigns;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ReviewCampaigns.Opened o = refusing(() -> campaigns.open(AGENCY_CODE.get(execution), actors.of(execution)));
            execution.setProcessBusinessKey(o.businessKey());
            AGENCY_CODE.set(execution, o.agencyCode());
            execution.setVariable(UNIT_REVIEWS.name(), new ArrayList<>(o.unitReviews()));
        }
    }

    /** Task_PrepareUnitReview: the unit's accounts, local to this unit's instance. */
    @Component("prepareUnitReviewDelegate")
    static class PrepareUnitReview implements JavaDelegate {
        private final UnitReviews units;

        PrepareUnitReview(UnitReviews units) {
            this.units = units;
        }

        @Override
        public void execute(DelegateExecution execution) {
            UnitReviews.UnitTask t = units.unitTask(execution.getProcessBusinessKey(), unitReviewId(execution));
            execution.setVariableLocal(ACCOUNT_OPTIONS.name(), ProcessVariable.jsonValue(t.accountOptions()));
            execution.setVariableLocal(UNIT_SUMMARY.name(), UNIT_SUMMARY.stored(t.summary()));
            // what the unit head submits lands here, not on the whole campaign (units run in parallel). The list
            // starts as an empty Json list: the Tasklist types a checklist as the task's variable of that name, and
            // a Null there would send the ticks as a Null the engine drops (issue 21)
            execution.setVariableLocal(CLOSE_ACCOUNTS.name(), ProcessVariable.jsonValue(java.util.List.of()));
            execution.setVariableLocal(CLOSE_REASON.name(), null);
        }
    }

    /** Task_RecordUnitReview: the result, its PDF, and a revocation for each holder of a marked account. */
    @Component("recordUnitReviewDelegate")
    static class RecordUnitReview implements JavaDelegate {
        private final UnitReviews units;
        private final RevocationRequests revocations;
        private final Actors actors;

        RecordUnitReview(UnitReviews units, RevocationRequests revocations, Actors actors) {
            this.units = units;
            this.revocations = revocations;
            this.actors = actors;
        }

        @Override
        public void execute(DelegateExecution execution) {
            List<String> marked = refusing(() -> {
                try {
                    return CLOSE_ACCOUNTS.get(execution);
                } catch (IllegalArgumentException e) {
                    throw new ReviewException("Bad list", Wording.of("review.accounts.listInvalid", e.getMessage()));
                }
            });
            Actor actor = actors.of(execution);
            UnitReviews.Recorded r = refusing(() -> units.record(execution.getProcessBusinessKey(),
                    unitReviewId(execution), marked, CLOSE_REASON.get(execution), actor, execution.getProcessInstanceId()));
            execution.setVariableLocal(REPORT_URL.name(), r.report().downloadPath());
            refusing(() -> r.toClose().forEach((holder, ids) -> revocations.closeAfterReview(holder, ids, actor)));
        }
    }

    /** Task_RemindUnitHeadsOfReview. */
    @Component("remindUnitHeadsOfReviewDelegate")
    static class Remind implements JavaDelegate {
        private final ReviewReminders reminders;

        Remind(ReviewReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public void execute(DelegateExecution execution) {
            reminders.remindUnitHeads(execution.getProcessBusinessKey());
        }
    }

    /** Task_EscalateReviewToOffice. */
    @Component("escalateReviewToOfficeDelegate")
    static class Escalate implements JavaDelegate {
        private final ReviewReminders reminders;

        Escalate(ReviewReminders reminders) {
            this.reminders = reminders;
        }

        @Override
        public void execute(DelegateExecution execution) {
            reminders.escalateToOffice(execution.getProcessBusinessKey());
        }
    }

    /** Task_FinishReview. */
    @Component("finishReviewDelegate")
    static class Finish implements JavaDelegate {
        private final ReviewCampaigns campaigns;

        Finish(ReviewCampaigns campaigns) {
            this.campaigns = campaigns;
        }

        @Override
        public void execute(DelegateExecution execution) {
            campaigns.finish(execution.getProcessBusinessKey());
        }
    }

    /** Task_StartAccountReviews (schedule): one campaign per agency with accounts and none open. */
    @Component("startAccountReviewsDelegate")
    static class StartReviews implements JavaDelegate {
        private final ReviewCampaigns campaigns;

        StartReviews(ReviewCampaigns campaigns) {
            this.campaigns = campaigns;
        }

        @Override
        public void execute(DelegateExecution execution) {
            RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
            List<String> due = campaigns.agenciesDue();
            for (String agency : due) {
                runtime.startProcessInstanceByKey(KEY, Variables.createVariables().putValue(AGENCY_CODE.name(), agency));
            }
            STARTED_REVIEWS.set(execution, (long) due.size());
        }
    }
}
