package vn.dldcaccess.shared;

/** The kinds of request the agency office tracks (letter 2932: registration, authorization, review, closing). */
public enum RequestKind {
    REGISTRATION("Đăng ký tài khoản"),
    AUTHORIZATION("Ủy quyền"),
    REVIEW("Rà soát tài khoản"),
    REVOCATION("Đóng tài khoản");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
