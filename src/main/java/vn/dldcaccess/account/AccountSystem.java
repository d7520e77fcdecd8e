package vn.dldcaccess.account;

/** The systems whose accounts letter 2932 §5 asks agencies to review and close. */
public enum AccountSystem {
    DLDC_TTHC("Hệ thống TTHC - khai thác CSDLQG về dân cư"),
    IOFFICE("VNPT-iOffice"),
    OFFICIAL_EMAIL("Thư điện tử công vụ");

    private final String label;

    AccountSystem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
