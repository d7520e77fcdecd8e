package vn.dldcaccess.review;

/** Ids and variable names of Process_AccountReview and its schedule (bpmn/account-review*.bpmn). */
final class AccountReviewProcess {
    static final String KEY = "Process_AccountReview";
    static final String STARTER = "officeUser";
    static final String AGENCY_CODE = "agencyCode";
    static final String REVIEW_ID = "reviewId";
    static final String UNIT_REVIEWS = "unitReviews";
    static final String UNIT_REVIEW_ID = "unitReviewId";
    static final String UNIT_HEAD_GROUP = "unitHeadGroup";
    static final String ACCOUNT_OPTIONS = "accountOptions";
    static final String UNIT_SUMMARY = "unitSummary";
    static final String CLOSE_ACCOUNTS = "closeAccounts";
    static final String CLOSE_REASON = "closeReason";
    static final String REPORT_URL = "reviewReportUrl";

    private AccountReviewProcess() {
    }
}
