package vn.dldcaccess.submission;

enum LetterStatus {
    /** Opened, the office chooses requests and enters number and date. */
    DRAFT("đang soạn"),
    /** Number, date and list fixed, PDF made, waiting for the director. */
    PREPARED("chờ Giám đốc ký"),
    /** Signed by the director; its requests are told. */
    SIGNED("đã ký");

    private final String label;

    LetterStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
