package vn.dldcaccess.document;

import vn.dldcaccess.shared.Messages;



/** What the application issues; {@code typeSymbol} is the kind's abbreviation of Decree 30 (Phụ lục III), if numbered by us. */
public enum DocumentKind {
    /** Phiếu đăng ký (form 1658): carries its request number. */
    REGISTRATION_FORM(null),
    /** Công văn đề nghị cấp tài khoản + danh sách: its number comes from the office's register of outgoing letters. */
    AGENCY_LETTER(null),
    /** Công văn của cơ quan tổng hợp gửi PC06: its number comes from the aggregator's register. */
    BATCH_LETTER(null),
    /** Giấy ủy quyền sử dụng tài khoản. */
    AUTHORIZATION_LETTER("GUQ"),
    /** Thông báo đóng tài khoản (a person left or moved). */
    CLOSURE_NOTICE("TB"),
    /** Biên bản rà soát tài khoản of one unit. */
    REVIEW_REPORT("BB");

    private final String typeSymbol;

    DocumentKind(String typeSymbol) {
        this.typeSymbol = typeSymbol;
    }

    /** Its name for people (message bundle, "document.kind.<NAME>"). */
    public String label() {
        return Messages.text("document.kind." + name());
    }

    String typeSymbol() {
        return typeSymbol;
    }
}
