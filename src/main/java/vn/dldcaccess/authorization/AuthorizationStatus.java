package vn.dldcaccess.authorization;

public enum AuthorizationStatus {
    AWAITING_DELEGATE("Chờ người được ủy quyền nhận", true),
    DECLINED("Người được ủy quyền không nhận", false),
    REQUESTED("Chờ lãnh đạo đơn vị duyệt", true),
    RETURNED("Trả lại để bổ sung", true),
    REJECTED("Không được duyệt", false),
    APPROVED("Đã duyệt, chưa đến ngày bắt đầu", true),
    ACTIVE("Đang ủy quyền", true),
    ENDED("Đã kết thúc", false);

    private final String label;
    private final boolean open;

    AuthorizationStatus(String label, boolean open) {
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
