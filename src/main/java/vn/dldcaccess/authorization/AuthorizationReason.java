package vn.dldcaccess.authorization;

enum AuthorizationReason {
    CONG_TAC("Đi công tác"),
    NGHI_PHEP("Nghỉ phép"),
    DAO_TAO("Đi học, đào tạo, tập huấn"),
    KHAC("Lý do khác");

    private final String label;

    AuthorizationReason(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
