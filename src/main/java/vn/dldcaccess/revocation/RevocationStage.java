package vn.dldcaccess.revocation;

/** Where a closing stands, as the office's register shows it. */
public enum RevocationStage {
    OPEN("Đang đóng tài khoản"),
    DONE("Đã đóng xong");

    private final String label;

    RevocationStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
