package vn.dldcaccess.aggregation;

/** One decision to record: typed in the task, or read from a row of PC06's reply (row 0 when typed). */
record DecisionInput(int row, String requestNumber, String citizenId, Decision decision, String reason) {
}
