package vn.dldcaccess.shared;

import java.text.Normalizer;

/**
 * A person's name as Vietnamese documents print it: letters of the Vietnamese alphabet (and the Latin letters
 * f, j, w, z), single spaces, and the punctuation names use: an apostrophe (H'Hen Niê), a hyphen, and a full
 * stop after an initial. Cyrillic, full-width letters, digits, symbols and accent marks without a letter are
 * refused; the name is kept in NFC.
 */
public final class PersonName {
    /** The accents of Vietnamese: grave, acute, tilde, hook above, dot below; circumflex, breve, horn. */
    private static final String VIETNAMESE_MARKS = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";

    private PersonName() {
    }

    /** The name, normalized. @throws IllegalArgumentException with the Vietnamese problem */
    public static String of(Object raw, int maxLength) {
        String name = PlainText.line(raw, maxLength);
        if (name == null) {
            throw new IllegalArgumentException(Messages.text("shared.personName.required"));
        }
        int letters = 0;
        char previous = ' ';
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = isVietnameseLetter(c);
            if (letter) {
                letters++;
            } else if (c == ' ' || c == '\'' || c == '-' || c == '.') {
                boolean afterInitial = c == ' ' && previous == '.';
                if (i == 0 || (!isVietnameseLetter(previous) && !afterInitial)) {
                    return fail();
                }
            } else {
                return fail();
            }
            previous = c;
        }
        if (letters < 2 || !(isVietnameseLetter(previous) || previous == '.')) {
            return fail();
        }
        return name;
    }

    private static String fail() {
        throw new IllegalArgumentException(Messages.text("shared.personName.letters"));
    }

    /** A letter of the Vietnamese alphabet (with its accents) or a plain Latin letter. */
    public static boolean isVietnameseLetter(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == 'đ' || c == 'Đ') {
            return true;
        }
        if (c < 0xC0) {
            return false;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (!((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z')) || decomposed.length() > 3) {
            return false;
        }
        for (int i = 1; i < decomposed.length(); i++) {
            if (VIETNAMESE_MARKS.indexOf(decomposed.charAt(i)) < 0) {
                return false;
            }
        }
        return decomposed.length() > 1;
    }
}
