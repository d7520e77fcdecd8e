package vn.dldcaccess.registration;

/** One wrong field, with what is wrong in Vietnamese. */
public record FieldError(Form1658Field field, String message) {

    public String describe() {
        return field.label() + ": " + message;
    }
}
