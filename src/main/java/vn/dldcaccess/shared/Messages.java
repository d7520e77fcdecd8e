package vn.dldcaccess.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The one place a wording becomes text. Out of Spring (unit tests, tools) it reads the built-in bundle
 * {@code classpath:messages_vi.properties}; the application replaces that at start with Spring's MessageSource, which
 * looks in the province's folder first ({@link MessagesConfiguration}). Both read every message with
 * {@link MessageFormat}: an apostrophe is written twice ({@code ''}), a value is {@code {0}}.
 */
public final class Messages {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String BUNDLE = "messages_vi.properties";

    /** Finds a key's text with its values; a key nobody wrote is a bug (MessageBundleTest keeps them in step). */
    @FunctionalInterface
    interface Source {
        String text(String key, Object[] args);
    }

    private static final Source BUILT_IN = new BuiltIn();
    private static volatile Source source = BUILT_IN;

    private Messages() {
    }

    public static String text(String key, Object... args) {
        return source.text(key, values(args));
    }

    public static String text(Wording wording) {
        return text(wording.key(), wording.args().toArray());
    }

    /** The application's source from now on (at start); {@code null}: the built-in bundle again. */
    static void use(Source replacement) {
        source = replacement == null ? BUILT_IN : replacement;
    }

    /** Values as the sentence shows them: a wording as its text, a number as Java writes it (2026, not 2.026). */
    static Object[] values(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            out[i] = a instanceof Wording w ? text(w) : a instanceof Number n ? String.valueOf(n) : a == null ? "" : a;
        }
        return out;
    }

    /** The built-in bundle, read once, UTF-8. */
    static final class BuiltIn implements Source {
        private final Properties bundle = new Properties();

        BuiltIn() {
            try (InputStream in = Messages.class.getResourceAsStream("/" + BUNDLE)) {
                if (in == null) {
                    throw new IllegalStateException("The message bundle " + BUNDLE + " is not on the class path");
                }
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String text(String key, Object[] args) {
            String pattern = bundle.getProperty(key);
            if (pattern == null) {
                throw new IllegalStateException("No message '" + key + "' in " + BUNDLE);
            }
            return new MessageFormat(pattern, VIETNAMESE).format(args);
        }

        boolean has(String key) {
            return bundle.containsKey(key);
        }
    }
}
