package vn.dldcaccess.registration;

public enum RegistrationStatus {
    SUBMITTED("Đã nộp, chờ lãnh đạo đơn vị xác nhận", true),
    RETURNED("Trả lại để bổ sung", true),
    CONFIRMED("Đã xác nhận, chờ đưa vào công văn", true),
    IN_AGENCY_LETTER("Đã có trong công văn của cơ quan", true),
    AT_AGGREGATOR("Đã chuyển cơ quan tổng hợp, chờ gửi PC06", true),
    SENT_TO_PC06("Đã gửi Công an tỉnh (PC06), chờ kết quả", true),
    APPROVED("PC06 đồng ý, chờ tạo tài khoản", true),
    REJECTED_BY_PC06("PC06 không đồng ý", false),
    PROVISIONED("Đã cấp tài khoản", false),
    REJECTED("Bị từ chối", false);

    private final String label;
    private final boolean open;

    RegistrationStatus(String label, boolean open) {
        this.label = label;
        this.open = open;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return open;
    }
}
