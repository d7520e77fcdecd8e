package vn.dldcaccess.registration;

/** Số định danh cá nhân: 12 digits, the first three a province code 001–096. */
public record CitizenId(String value) {
    public CitizenId {
        if (value == null || !value.matches("\\d{12}")) {
            throw new IllegalArgumentException("phải gồm đúng 12 chữ số");
        }
        int province = Integer.parseInt(value.substring(0, 3));
        if (province < 1 || province > 96) {
            throw new IllegalArgumentException("3 chữ số đầu phải là mã tỉnh từ 001 đến 096");
        }
    }
}
