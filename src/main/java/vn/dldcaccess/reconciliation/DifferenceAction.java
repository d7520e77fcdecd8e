package vn.dldcaccess.reconciliation;

/** What the office does about a difference, and where the difference then stands. */
enum DifferenceAction {
    /** Enter the account found on the system into the register (created outside the process). */
    RECORD("Ghi vào sổ theo dõi", DifferenceStatus.RECORDED),
    /** Start the closing (Process_AccountRevocation) of the register's account. */
    START_CLOSING("Bắt đầu đóng tài khoản", DifferenceStatus.CLOSING),
    /** Make the register say what the system says (close, lock or reopen the register's account). */
    CORRECT("Sửa sổ theo dõi theo hệ thống", DifferenceStatus.CORRECTED),
    /** Nothing to do, with the reason (a service account, an error of the export). */
    DISMISS("Bỏ qua", DifferenceStatus.DISMISSED);

    private final String label;
    private final DifferenceStatus outcome;

    DifferenceAction(String label, DifferenceStatus outcome) {
        this.label = label;
        this.outcome = outcome;
    }

    String label() {
        return label;
    }

    DifferenceStatus outcome() {
        return outcome;
    }
}
