package vn.dldcaccess.registration;

public enum AccessScope {
    TRA_CUU("Tra cứu"), XAC_THUC("Xác thực");

    private final String label;

    AccessScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
