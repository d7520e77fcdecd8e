package vn.dldcaccess.reconciliation;

/** Where a difference stands: open until the office acts, or a later run of the same scope replaces it. */
enum DifferenceStatus {
    OPEN("Chưa xử lý"),
    RECORDED("Đã ghi vào sổ"),
    CLOSING("Đã bắt đầu đóng tài khoản"),
    CORRECTED("Đã sửa sổ theo dõi"),
    DISMISSED("Đã bỏ qua"),
    /** A later run of the same system and agency found its own differences: this one is history. */
    SUPERSEDED("Thay bằng lần đối soát sau");

    private final String label;

    DifferenceStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
