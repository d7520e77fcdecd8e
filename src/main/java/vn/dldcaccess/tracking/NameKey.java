package vn.dldcaccess.tracking;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as the office types it when searching: lower case, without diacritics, "đ" as "d", single spaces
 * ("Nguyễn Thị Hường" and "nguyen  thi HUONG" both give "nguyen thi huong").
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKey() {
    }

    static String of(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
