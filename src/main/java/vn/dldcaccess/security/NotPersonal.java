package vn.dldcaccess.security;

import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Not a password built from the person's own names, the first thing a colleague tries: "thinhnd12345678",
 * "ngoducthinh123", "ThinhNgoDuc2026!" for Ngô Đức Thịnh, thinhnd@…. Both sides are folded the same way: lower
 * case, diacritics removed, đ read as d, everything but letters dropped. The password's letters may not contain
 * any of the person's words of at least 4 letters: the log-in name, the e-mail address's local part, the first
 * name and the last name (each whole, and each word of them); the full name joined in either order
 * ("ngoducthinh", "thinhngoduc"); the given name (the full name's last word) with the initials of the others
 * before or after it ("thinhnd", "ndthinh"), as Vietnamese e-mail names are made. Shorter words ("Ngô", "Văn",
 * "Thị") alone are allowed: they are in too many good passphrases.
 */
final class NotPersonal implements PasswordPolicyRule {
    static final String PLACEHOLDER = "PASSWORD_POLICY_PERSONAL";
    static final int MIN_WORD = 4;

    @Override
    public String getPlaceholder() {
        return PLACEHOLDER;
    }

    @Override
    public Map<String, String> getParameters() {
        return Map.of();
    }

    /** Without the person there is nothing to compare with. */
    @Override
    public boolean execute(String password) {
        return true;
    }

    @Override
    public boolean execute(String password, User user) {
        return found(password, user).isEmpty();
    }

    /** The person's word the password is built from (folded), if any. */
    static Optional<String> found(String password, User user) {
        if (password == null || user == null) {
            return Optional.empty();
        }
        String letters = fold(password).replace(" ", "");
        return words(user).stream().filter(letters::contains).findFirst();
    }

    /** The person's words a password may not contain, longest first. */
    static List<String> words(User user) {
        Set<String> words = new LinkedHashSet<>();
        String email = user.getEmail() == null ? "" : user.getEmail();
        String first = fold(user.getFirstName());
        String last = fold(user.getLastName());
        for (String name : List.of(fold(user.getId()), fold(email.contains("@") ? email.substring(0, email.indexOf('@'))
                : email), first, last)) {
            words.add(name.replace(" ", ""));
            words.addAll(List.of(name.split(" ")));
        }
        List<String> full = new ArrayList<>(List.of((first + " " + last).strip().split(" +")));
        words.add(first.replace(" ", "") + last.replace(" ", ""));
        words.add(last.replace(" ", "") + first.replace(" ", ""));
        if (full.size() > 1) {
            String given = full.remove(full.size() - 1);
            StringBuilder initials = new StringBuilder();
            full.forEach(w -> initials.append(w.charAt(0)));
            words.add(given + initials);
            words.add(initials + given);
        }
        return words.stream().filter(w -> w.length() >= MIN_WORD)
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    /** Lower case without diacritics (đ as d); every run of other characters than letters becomes one space. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder();
        plain.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            if (Character.isLetter(c)) {
                out.appendCodePoint(Character.toLowerCase(c));
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        });
        return out.toString().strip();
    }
}
