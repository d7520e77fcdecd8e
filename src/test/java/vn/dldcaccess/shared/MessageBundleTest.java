package vn.dldcaccess.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The message bundle: well-formed, in step with the Java that names its keys, and a province's folder wins. */
class MessageBundleTest {
    private static final Path BUNDLE = Path.of("src/main/resources", Messages.BUNDLE);
    private static final String FEATURES = "(?:account|aggregation|authorization|calendar|document|leavers|lifecycle"
            + "|notification|organization|platform|reconciliation|registration|review|revocation|security|shared"
            + "|submission|tracking|worklist)";
    /** A key as Java writes it: a literal naming a feature, then dotted words; a prefix ends with a dot. */
    private static final Pattern KEY = Pattern.compile("\"(" + FEATURES + "(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern PREFIX = Pattern.compile("\"(" + FEATURES + "(?:\\.[A-Za-z0-9_]+)*\\.)\"");

    @AfterEach
    void builtInAgain() {
        Messages.use(null);
    }

    @Test
    void theBundleIsUtf8InNfcWithUniqueKeysAndEveryMessageAFormat() throws IOException {
        byte[] bytes = Files.readAllBytes(BUNDLE);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(BUNDLE + " is not UTF-8", e);
        }
        assertThat(text).as("no byte order mark").doesNotStartWith("\uFEFF");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(BUNDLE + " in NFC").isTrue();
        Map<String, String> entries = entries();
        assertThat(entries).isNotEmpty();
        entries.forEach((key, message) -> {
            assertThat(key).as("key").matches(FEATURES + "(\\.[A-Za-z0-9_]+)+");
            assertThat(message).as(key).isNotBlank().doesNotContain("\\u");
            new MessageFormat(message, Messages.VIETNAMESE);
            assertThat(message.replace("''", "").replace("'{'", "").replace("'}'", ""))
                    .as(key + ": an apostrophe is written twice, a brace quoted '{'").doesNotContain("'");
        });
    }

    @Test
    void everyKeyJavaNamesIsInTheBundleAndEveryKeyInTheBundleIsNamed() throws IOException {
        Set<String> keys = entries().keySet();
        Set<String> named = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String java = Files.readString(f);
                Matcher k = KEY.matcher(java);
                while (k.find()) {
                    named.add(k.group(1));
                }
                Matcher p = PREFIX.matcher(java);
                while (p.find()) {
                    prefixes.add(p.group(1));
                }
            }
        }
        assertThat(keys).as("keys Java names that the bundle lacks").containsAll(named);
        List<String> unused = keys.stream().filter(k -> !named.contains(k) && prefixes.stream().noneMatch(k::startsWith))
                .toList();
        assertThat(unused).as("keys in the bundle no Java names").isEmpty();
    }

    @Test
    void aWordingResolvesWithoutSpringApostrophesAndNumbersAsWritten(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(Messages.BUNDLE), "shared.test.sample=Năm {0}: {1} ''{2}''\n");
        ReloadableResourceBundleMessageSource source = MessagesConfiguration.source(new MessagesProperties(folder,
                Duration.ofSeconds(30)));
        Messages.use((key, args) -> source.getMessage(key, args, Messages.VIETNAMESE));
        assertThat(Wording.of("shared.test.sample", 2026, Wording.of("shared.test.sample", 1, "a", "b"), "x").text())
                .isEqualTo("Năm 2026: Năm 1: a 'b' 'x'");
        Messages.use(null);
        assertThatThrownBy(() -> Messages.text("shared.test.sample")).hasMessageContaining("shared.test.sample");
    }

    @Test
    void aProvinceFolderWinsKeyByKeyAndIsReadAgainAfterTheCheckInterval(@TempDir Path folder) throws IOException {
        Map.Entry<String, String> first = entries().entrySet().iterator().next();
        Map.Entry<String, String> other = new ArrayList<>(entries().entrySet()).get(entries().size() - 1);
        Path file = folder.resolve(Messages.BUNDLE);
        Files.writeString(file, first.getKey() + "=Lời văn của tỉnh\n");
        ReloadableResourceBundleMessageSource source = MessagesConfiguration.source(new MessagesProperties(folder,
                Duration.ZERO));
        Messages.use((key, args) -> source.getMessage(key, args, Messages.VIETNAMESE));
        assertThat(Messages.text(first.getKey())).isEqualTo("Lời văn của tỉnh");
        if (!other.getKey().equals(first.getKey())) {
            Object[] values = Messages.values(new Object[]{"A", "B", "C", "D"});
            assertThat(Messages.text(other.getKey(), (Object[]) values))
                    .isEqualTo(new MessageFormat(other.getValue(), Messages.VIETNAMESE).format(values));
        }
        Files.writeString(file, first.getKey() + "=Lời văn mới của tỉnh\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        assertThat(Messages.text(first.getKey())).isEqualTo("Lời văn mới của tỉnh");
    }

    @Test
    void withoutAFolderTheBuiltInBundleAnswersAsOutOfSpring() throws IOException {
        ReloadableResourceBundleMessageSource source = MessagesConfiguration.source(new MessagesProperties(null,
                Duration.ofSeconds(30)));
        Messages.BuiltIn builtIn = new Messages.BuiltIn();
        entries().keySet().forEach(key -> {
            Object[] args = Messages.values(new Object[]{"A", 12345, "C", "D", "E", "F"});
            assertThat(source.getMessage(key, args, Messages.VIETNAMESE)).as(key).isEqualTo(builtIn.text(key, args));
        });
    }

    /** Every value of an enum whose name for people is in the bundle has it (its label() reads "<feature>.<enum>.<NAME>"). */
    @Test
    void everyEnumNamedByTheBundleHasItsNames() throws ReflectiveOperationException {
        for (String name : List.of("shared.RequestKind", "account.AccountSystem", "account.AccountStatus",
                "document.DocumentKind", "document.DocumentStatus", "submission.LetterStatus", "review.UnitReviewStage",
                "revocation.LeaveReason", "revocation.RevocationStage", "authorization.AuthorizationStatus",
                "authorization.AuthorizationReason", "aggregation.BatchStatus", "aggregation.Decision", "registration.Form1658Field",
                "registration.Gender", "registration.AccessScope", "registration.RegistrationStatus",
                "reconciliation.DifferenceKind", "reconciliation.DifferenceStatus", "reconciliation.DifferenceAction",
                "reconciliation.SystemStatus")) {
            Class<?> type = Class.forName("vn.dldcaccess." + name);
            java.lang.reflect.Method label = type.getDeclaredMethod("label");
            label.setAccessible(true);
            for (Object value : type.getEnumConstants()) {
                assertThat((String) label.invoke(value)).as(name + "." + value).isNotBlank();
            }
        }
    }

    /** The bundle's entries in file order; a key written twice fails. */
    static Map<String, String> entries() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        java.util.Properties p = new java.util.Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                assertThat(seen.add((String) key)).as("key " + key + " written twice").isTrue();
                out.put((String) key, (String) value);
                return super.put(key, value);
            }
        };
        try (var reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return out;
    }
}
