package vn.dldcaccess.registration;

import vn.dldcaccess.shared.Messages;

import java.time.LocalDate;
import java.util.Set;

/**
 * Số định danh cá nhân (Circular 59/2021/TT-BCA, Art. 7): 12 digits. Digits 1–3 are the code of the province
 * where the birth was registered; digit 4 says the century of birth and the gender (0/1: 20th century,
 * male/female; 2/3: 21st; 4/5: 22nd …); digits 5–6 are the last two digits of the year of birth.
 */
public record CitizenId(String value) {
    /** The province codes of the Circular's annex (63 provinces before the 2025 merger; ids keep them). */
    private static final Set<Integer> PROVINCE_CODES = Set.of(1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24,
            25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64,
            66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96);

    public CitizenId {
        if (value == null || !value.matches("\\d{12}")) {
            throw new IllegalArgumentException(Messages.text("registration.citizenId.digits"));
        }
        int province = Integer.parseInt(value.substring(0, 3));
        if (!PROVINCE_CODES.contains(province)) {
            throw new IllegalArgumentException(Messages.text("registration.citizenId.province",
                    value.substring(0, 3)));
        }
    }

    /**
     * Why this id cannot belong to a person of that gender born on that day, or null when it can.
     */
    public String mismatchWith(Gender gender, LocalDate dateOfBirth) {
        int centuryGender = value.charAt(3) - '0';
        int expected = (dateOfBirth.getYear() / 100 - 19) * 2 + (gender == Gender.NU ? 1 : 0);
        if (centuryGender != expected) {
            return Messages.text("registration.citizenId.centuryGender", centuryGender, gender.label().toLowerCase(),
                    dateOfBirth.getYear(), expected);
        }
        String year = String.format("%02d", dateOfBirth.getYear() % 100);
        if (!value.substring(4, 6).equals(year)) {
            return Messages.text("registration.citizenId.year", value.substring(4, 6), year);
        }
        return null;
    }
}
