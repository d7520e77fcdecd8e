package vn.dldcaccess.reconciliation;

/** What a reconciliation found; {@link #metric()} is the {@code kind} label of dldc_reconciliation_differences. */
public enum DifferenceKind {
    /** (a) on the system, not in the register: created outside the process. */
    CREATED_OUTSIDE("Có trên hệ thống, không có trong sổ theo dõi (tạo ngoài quy trình)", "created_outside"),
    /** (b) the holder has left: no longer in the organization, or now in another agency. */
    HOLDER_LEFT("Người sử dụng đã nghỉ hoặc chuyển khỏi cơ quan, tài khoản vẫn mở", "holder_left"),
    /** (c) open in the register, no longer on the system. */
    GONE_THERE("Còn mở trong sổ theo dõi, không còn trên hệ thống", "gone_there"),
    /** (d) both have it, with another status (active vs locked or closed). */
    STATUS_DIFFERS("Trạng thái trên hệ thống khác sổ theo dõi", "status_differs");

    private final String label;
    private final String metric;

    DifferenceKind(String label, String metric) {
        this.label = label;
        this.metric = metric;
    }

    public String label() {
        return label;
    }

    String metric() {
        return metric;
    }
}
