package vn.dldcaccess.document;

public enum DocumentKind {
    /** Phiếu đăng ký (form 1658). */
    REGISTRATION_FORM,
    /** Công văn đề nghị cấp tài khoản + danh sách. */
    AGENCY_LETTER,
    /** Công văn của cơ quan tổng hợp gửi PC06 + danh sách tổng hợp theo cơ quan. */
    BATCH_LETTER,
    /** Giấy ủy quyền sử dụng tài khoản. */
    AUTHORIZATION_LETTER,
    /** Thông báo đóng tài khoản (a person left or moved). */
    CLOSURE_NOTICE,
    /** Biên bản rà soát tài khoản of one unit. */
    REVIEW_REPORT
}
