package vn.dldcaccess.aggregation;

/** PC06's answer on one person. */
enum Decision {
    PENDING("Chưa có kết quả"),
    APPROVED("Đồng ý"),
    REJECTED("Không đồng ý");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
