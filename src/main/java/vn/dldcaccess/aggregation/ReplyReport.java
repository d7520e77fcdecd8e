package vn.dldcaccess.aggregation;

import java.util.List;

/**
 * What an uploaded reply did: rows applied, rows already recorded the same way, and rows left for a person
 * (no matching request, a contradiction, an unreadable decision), each with its row number and why.
 */
record ReplyReport(int applied, int alreadyRecorded, List<Issue> issues, int stillPending) {
    record Issue(int row, String requestNumber, String citizenId, String problem) {
    }
}
