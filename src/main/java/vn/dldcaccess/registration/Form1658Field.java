package vn.dldcaccess.registration;

import vn.dldcaccess.shared.Messages;



/**
 * The fields of form 1658/CV-TCTTKĐA: the one place in the code that names them. The key is the variable
 * name of the Tasklist form and of the engine REST {@code submit-form} contract; the label is what people
 * read in errors and in the PDF; the number is the one the Tasklist form gives it, printed on the PDF too
 * (Form1658NumberingTest holds the two together). A province holding the official template edits this enum, the form
 * {@code forms/account-registration.form} and the entity {@link Registration}.
 */
public enum Form1658Field {
    FULL_NAME("1", "fullName"),
    DATE_OF_BIRTH("2", "dateOfBirth"),
    GENDER("3", "gender"),
    CITIZEN_ID("4", "citizenId"),
    POSITION("5", "position"),
    // one list on the web form ("6–7. Đơn vị công tác - Cơ quan"), two lines on the printed form
    UNIT("6", "unitCode"),
    AGENCY("7", "agency"),
    DUTIES("8", "duties"),
    MOBILE_PHONE("9", "mobilePhone"),
    OFFICIAL_EMAIL("10", "officialEmail"),
    TTHC_USERNAME("11", "tthcUsername"),
    ACCESS_SCOPE("12", "accessScope"),
    // part of 12 ("hình thức / phạm vi khai thác … the purpose in words"): no number of its own, on the form as here
    PURPOSE("", "purpose"),
    // section 13: each of the six commitments (letter 2932) ticked on its own, as the form asks
    COMMITMENT_1("13.1", "commitment1"),
    COMMITMENT_2("13.2", "commitment2"),
    COMMITMENT_3("13.3", "commitment3"),
    COMMITMENT_4("13.4", "commitment4"),
    COMMITMENT_5("13.5", "commitment5"),
    COMMITMENT_6("13.6", "commitment6"),
    NOTE("14", "note");

    /** The number of the commitments' section. */
    static final String COMMITMENTS_NUMBER = "13";

    private final String number;
    private final String key;

    Form1658Field(String number, String key) {
        this.number = number;
        this.key = key;
    }

    /** Its number on the web form and the printed one ("12"; "" for a field that is part of the one before). */
    public String number() {
        return number;
    }

    public String key() {
        return key;
    }

    /** Its name for people (message bundle, "registration.field.<NAME>"). */
    public String label() {
        return Messages.text("registration.field." + name());
    }

    /** The six commitments of section 13, in their order. */
    static final java.util.List<Form1658Field> COMMITMENTS = java.util.List.of(COMMITMENT_1, COMMITMENT_2,
            COMMITMENT_3, COMMITMENT_4, COMMITMENT_5, COMMITMENT_6);
}
