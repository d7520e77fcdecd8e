package vn.dldcaccess.document;

/**
 * One field of a form as the form numbers it: "12. Hình thức khai thác: Tra cứu"; a field without a number of its
 * own ("Mục đích khai thác", part of 12 on the form) is printed under the one before, indented.
 *
 * @param number "12", or "" when the field belongs to the numbered one before it
 */
public record FormField(String number, String label, String value) {
    public FormField {
        number = number == null ? "" : number;
    }
}
