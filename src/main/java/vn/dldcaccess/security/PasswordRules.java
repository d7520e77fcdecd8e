package vn.dldcaccess.security;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import vn.dldcaccess.shared.Messages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The password policy for every password set in Admin or by a person: at least 12 characters, not the user's
 * log-in, name or e-mail, not built from them ({@link NotPersonal}: "thinhnd12345678"), and not a common password
 * (security/common-passwords.txt, or such a word with a few digits and symbols around it). The engine enforces it
 * on every change; the webapps show each rule in Vietnamese (their locales translate the placeholders) while the
 * person types; a refusal here names the rules broken.
 */
final class PasswordRules implements PasswordPolicy {
    static final int MIN_LENGTH = 12;
    private final List<PasswordPolicyRule> rules = List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
            new PasswordPolicyUserDataRuleImpl(), new NotPersonal(), new NotCommon(load()));

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    /** Vietnamese: what the policy asks, for messages outside the webapps. */
    static String describe() {
        return Messages.text("security.password.rules", MIN_LENGTH);
    }

    /** Vietnamese: the rules this password broke for this person (empty: none), then what the policy asks. */
    static String refusal(PasswordPolicyResult result, String password, User user) {
        List<String> reasons = new ArrayList<>();
        for (PasswordPolicyRule rule : result.getViolatedRules()) {
            reasons.add(switch (rule.getPlaceholder()) {
                case "PASSWORD_POLICY_LENGTH" -> Messages.text("security.password.tooShort", MIN_LENGTH);
                case "PASSWORD_POLICY_USER_DATA" -> Messages.text("security.password.userData");
                case NotPersonal.PLACEHOLDER -> NotPersonal.found(password, user)
                        .map(w -> Messages.text("security.password.personalWord", w))
                        .orElseGet(() -> Messages.text("security.password.personal"));
                case NotCommon.PLACEHOLDER -> Messages.text("security.password.common");
                default -> Messages.text("security.password.otherRule", rule.getPlaceholder());
            });
        }
        return Messages.text("security.password.refused", String.join("; ", reasons), describe());
    }

    private static Set<String> load() {
        Set<String> entries = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip().toLowerCase(Locale.ROOT);
                if (!t.isEmpty() && !t.startsWith("#")) {
                    entries.add(t);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("security/common-passwords.txt is missing", e));
        }
        return entries;
    }

    /** Not a password guessers try first. */
    static final class NotCommon implements PasswordPolicyRule {
        static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";
        private final Set<String> whole;
        private final Set<String> words = new HashSet<>();

        NotCommon(Set<String> entries) {
            this.whole = entries;
            for (String e : entries) {
                String letters = letters(e);
                if (!letters.isEmpty()) {
                    words.add(letters);
                }
            }
        }

        @Override
        public String getPlaceholder() {
            return PLACEHOLDER;
        }

        @Override
        public Map<String, String> getParameters() {
            return Map.of();
        }

        @Override
        public boolean execute(String password) {
            if (password == null) {
                return false;
            }
            String lower = password.toLowerCase(Locale.ROOT);
            if (whole.contains(lower) || lower.chars().distinct().count() < 5) {
                return false;
            }
            String letters = letters(lower);
            return letters.isEmpty() || !words.contains(letters) || lower.length() - letters.length() > 8;
        }

        private static String letters(String s) {
            return s.codePoints().filter(Character::isLetter)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
    }
}
