package vn.dldcaccess.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Words for a person, named by their key in the message bundle ({@code messages_vi.properties}, keys named by feature
 * and field: {@code registration.citizenId.invalid}) with the values the sentence takes ({0}, {1} …). Entities and
 * validators say what they refuse with a wording and need no Spring; {@link Messages} turns it into text.
 *
 * @param key  the bundle's key
 * @param args the values, in order: text, numbers (written as Java writes them, no grouping), or other wordings
 */
public record Wording(String key, List<Object> args) {
    public Wording {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A wording needs its key");
        }
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Wording of(String key, Object... args) {
        return new Wording(key, Arrays.asList(args));
    }

    /** The text in Vietnamese, as the bundle (a province's first) words it now. */
    public String text() {
        return Messages.text(this);
    }

    @Override
    public String toString() {
        return key + args;
    }
}
