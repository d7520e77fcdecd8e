package vn.dldcaccess.document;

/**
 * One thing wrong with a signature: its kind (for the verdict's one line) and what exactly, in Vietnamese.
 *
 * @param message the detail a person reads ("Chứng thư số của tổ chức cấp trung gian X đã bị thu hồi từ ngày …")
 */
record SignatureProblem(Kind kind, String message) {
    /** Each kind with the short reason the verification page's one-line verdict gives. */
    enum Kind {
        MALFORMED("chữ ký số không đúng cấu trúc"),
        NOT_INTACT("nội dung đã bị thay đổi sau khi ký"),
        CHANGED_AFTER("văn bản đã bị thay đổi sau khi ký"),
        UNTRUSTED("chứng thư số không do tổ chức chứng thực mà tỉnh tin cậy cấp"),
        NOT_VALID_AT_TIME("chứng thư số hết hạn hoặc chưa có hiệu lực tại thời điểm ký"),
        REVOKED("chứng thư số đã bị thu hồi"),
        REVOCATION_STALE("danh sách thu hồi chứng thư đã quá hạn cập nhật"),
        WRONG_USAGE("chứng thư số không dùng để ký văn bản"),
        TIME("thời điểm ký không đáng tin"),
        TIMESTAMP("dấu thời gian không hợp lệ");

        private final String reason;

        Kind(String reason) {
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    static SignatureProblem of(Kind kind, String message) {
        return new SignatureProblem(kind, message);
    }
}
