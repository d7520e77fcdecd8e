package vn.dldcaccess.review;

import vn.dldcaccess.shared.IdKey;
import vn.dldcaccess.shared.ProcessVariable;

import java.util.List;

import static vn.dldcaccess.shared.ProcessVariable.json;
import static vn.dldcaccess.shared.ProcessVariable.list;
import static vn.dldcaccess.shared.ProcessVariable.number;
import static vn.dldcaccess.shared.ProcessVariable.markdown;
import static vn.dldcaccess.shared.ProcessVariable.text;

/**
 * The variables contract of Process_AccountReview and its schedule (bpmn/account-review*.bpmn). The business
 * key "RS-{id}" names the campaign; each unit's instance reviews one unit review of it, whose heads are asked.
 */
final class AccountReviewProcess {
    static final String KEY = "Process_AccountReview";
    static final IdKey BUSINESS_KEY = new IdKey("RS");
    static final String REVIEW_FORM = "review-unit-accounts";

    /** Set by the quarterly schedule only. */
    static final ProcessVariable<String> AGENCY_CODE = text("agencyCode");
    static final ProcessVariable<Object> UNIT_REVIEWS = json("unitReviews");
    /** Each unit's instance (the engine's element variable). */
    static final ProcessVariable<Long> UNIT_REVIEW_ID = number("unitReviewId").engine();
    static final ProcessVariable<Object> ACCOUNT_OPTIONS = json("accountOptions");
    static final ProcessVariable<String> UNIT_SUMMARY = markdown("unitSummary");
    static final ProcessVariable<List<String>> CLOSE_ACCOUNTS = list("closeAccounts").fromForms(REVIEW_FORM);
    static final ProcessVariable<String> CLOSE_REASON = text("closeReason").fromForms(REVIEW_FORM);
    static final ProcessVariable<String> REPORT_URL = text("reviewReportUrl");
    /** How many campaigns the schedule opened (Process_AccountReviewSchedule). */
    static final ProcessVariable<Long> STARTED_REVIEWS = number("startedReviews");

    /** The campaign's business key, its reference in every notice and the register. */
    static String businessKey(ReviewCampaign c) {
        return BUSINESS_KEY.of(c.id());
    }

    private AccountReviewProcess() {
    }
}
