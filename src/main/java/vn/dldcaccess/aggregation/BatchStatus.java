package vn.dldcaccess.aggregation;

enum BatchStatus {
    COMPOSING("Đang chọn công văn"),
    COMPOSED("Chờ lãnh đạo ký"),
    SIGNED("Đã ký, chờ gửi PC06"),
    SENT("Đã gửi PC06, chờ kết quả"),
    CLOSED("PC06 đã trả lời đủ");

    private final String label;

    BatchStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
