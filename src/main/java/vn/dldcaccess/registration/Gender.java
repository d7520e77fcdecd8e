package vn.dldcaccess.registration;

public enum Gender {
    NAM("Nam"), NU("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
