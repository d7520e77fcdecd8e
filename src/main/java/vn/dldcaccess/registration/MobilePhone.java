package vn.dldcaccess.registration;

import vn.dldcaccess.shared.Messages;



/** A Vietnamese mobile number: 10 digits starting 03, 05, 07, 08 or 09 (a +84 prefix is accepted). */
public record MobilePhone(String value) {
    public MobilePhone {
        if (value == null || !value.matches("0[35789]\\d{8}")) {
            throw new IllegalArgumentException(Messages.text("registration.mobilePhone.invalid"));
        }
    }

    public static MobilePhone parse(String raw) {
        String digits = raw == null ? "" : raw.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return new MobilePhone(digits);
    }
}
