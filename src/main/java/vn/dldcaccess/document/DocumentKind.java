package vn.dldcaccess.document;

/** What the application issues; {@code typeSymbol} is the kind's abbreviation of Decree 30 (Phụ lục III), if numbered by us. */
public enum DocumentKind {
    /** Phiếu đăng ký (form 1658): carries its request number. */
    REGISTRATION_FORM(null, "Phiếu đăng ký tài khoản"),
    /** Công văn đề nghị cấp tài khoản + danh sách: its number comes from the office's register of outgoing letters. */
    AGENCY_LETTER(null, "Công văn đề nghị cấp tài khoản"),
    /** Công văn của cơ quan tổng hợp gửi PC06: its number comes from the aggregator's register. */
    BATCH_LETTER(null, "Công văn gửi Công an tỉnh (PC06)"),
    /** Giấy ủy quyền sử dụng tài khoản. */
    AUTHORIZATION_LETTER("GUQ", "Giấy ủy quyền"),
    /** Thông báo đóng tài khoản (a person left or moved). */
    CLOSURE_NOTICE("TB", "Thông báo đóng tài khoản"),
    /** Biên bản rà soát tài khoản of one unit. */
    REVIEW_REPORT("BB", "Biên bản rà soát tài khoản");

    private final String typeSymbol;
    private final String label;

    DocumentKind(String typeSymbol, String label) {
        this.typeSymbol = typeSymbol;
        this.label = label;
    }

    public String label() {
        return label;
    }

    String typeSymbol() {
        return typeSymbol;
    }
}
