package vn.dldcaccess.account;

public enum AccountStatus {
    ACTIVE("Đang hoạt động"),
    SUSPENDED("Tạm khóa"),
    CLOSED("Đã đóng");

    private final String label;

    AccountStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
