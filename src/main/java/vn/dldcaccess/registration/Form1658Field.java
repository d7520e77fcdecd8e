package vn.dldcaccess.registration;

/**
 * The fields of form 1658/CV-TCTTKĐA: the one place in the code that names them. The key is the variable
 * name of the Tasklist form and of the engine REST {@code submit-form} contract; the label is what people
 * read in errors and in the PDF. A province holding the official template edits this enum, the form
 * {@code forms/account-registration.form} and the entity {@link Registration}.
 */
public enum Form1658Field {
    FULL_NAME("fullName", "Họ và tên"),
    DATE_OF_BIRTH("dateOfBirth", "Ngày sinh"),
    GENDER("gender", "Giới tính"),
    CITIZEN_ID("citizenId", "Số định danh cá nhân (CCCD)"),
    POSITION("position", "Chức vụ"),
    UNIT("unitCode", "Đơn vị công tác"),
    AGENCY("agency", "Cơ quan"),
    DUTIES("duties", "Nhiệm vụ được giao"),
    MOBILE_PHONE("mobilePhone", "Số điện thoại di động"),
    OFFICIAL_EMAIL("officialEmail", "Thư điện tử công vụ"),
    TTHC_USERNAME("tthcUsername", "Tài khoản trên Hệ thống TTHC"),
    ACCESS_SCOPE("accessScope", "Hình thức khai thác"),
    PURPOSE("purpose", "Mục đích khai thác"),
    // section 13: each of the six commitments (letter 2932) ticked on its own, as the form asks
    COMMITMENT_1("commitment1", "Cam kết 1"),
    COMMITMENT_2("commitment2", "Cam kết 2"),
    COMMITMENT_3("commitment3", "Cam kết 3"),
    COMMITMENT_4("commitment4", "Cam kết 4"),
    COMMITMENT_5("commitment5", "Cam kết 5"),
    COMMITMENT_6("commitment6", "Cam kết 6"),
    NOTE("note", "Ghi chú");

    private final String key;
    private final String label;

    Form1658Field(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The six commitments of section 13, in their order. */
    static final java.util.List<Form1658Field> COMMITMENTS = java.util.List.of(COMMITMENT_1, COMMITMENT_2,
            COMMITMENT_3, COMMITMENT_4, COMMITMENT_5, COMMITMENT_6);
}
