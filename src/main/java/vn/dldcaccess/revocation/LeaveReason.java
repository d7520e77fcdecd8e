package vn.dldcaccess.revocation;

enum LeaveReason {
    POSITION_CHANGE("Thay đổi vị trí công tác", true),
    TRANSFER("Chuyển công tác", false),
    RETIREMENT("Nghỉ hưu", false),
    RESIGNATION("Nghỉ việc", false),
    /** Marked for closure by the unit head in an account review: only the marked accounts close. */
    REVIEW("Đóng sau rà soát tài khoản", true);

    private final String label;
    /** Whether some accounts may be kept (a move within the agency). */
    private final boolean mayKeep;

    LeaveReason(String label, boolean mayKeep) {
        this.label = label;
        this.mayKeep = mayKeep;
    }

    String label() {
        return label;
    }

    boolean mayKeep() {
        return mayKeep;
    }
}
