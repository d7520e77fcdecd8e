package vn.dldcaccess.registration;

public enum RegistrationStatus {
    SUBMITTED("Đã nộp, chờ lãnh đạo đơn vị xác nhận", true),
    RETURNED("Trả lại để bổ sung", true),
    CONFIRMED("Đã xác nhận, chờ đưa vào công văn", true),
    IN_AGENCY_LETTER("Đã có trong công văn của cơ quan", true),
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
