package vn.dldcaccess.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as people type it when searching: lower case, without diacritics, "đ" as "d", single spaces
 * ("Nguyễn Thị Hường" and "nguyen  thi HUONG" both give "nguyen thi huong"). The register's search and the forms'
 * person pickers fold names the same way, so "yen" finds "Yến" in both.
 */
public final class SearchKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchKey() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
