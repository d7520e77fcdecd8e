package vn.dldcaccess.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: what people read (forms, documents, mails, task texts) cites letter 2932 as a document does: its
 * number with its symbol and its date, never "Công văn 2932" alone. Template comments are for the province's
 * editors and are left out.
 */
class LetterCitationsTest {
    private static final String CITED = "2932/SLĐTBXH-VP ngày 20/8/2024";
    private static final Pattern MENTION = Pattern.compile("2932[^\\s\",.;:)]*(?: ngày [0-9/]+)?");

    @Test
    void letter2932IsCitedWithItsSymbolAndDate() throws IOException {
        List<String> loose = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("forms")),
                Files.walk(Path.of("src/main/resources/documents")))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".form") || f.toString().endsWith(".ftl")).toList()) {
                String text = Files.readString(p).replaceAll("(?s)<#--.*?-->", "");
                Matcher m = MENTION.matcher(text);
                while (m.find()) {
                    if (!m.group().equals(CITED)) {
                        loose.add(p + ": " + m.group());
                    }
                }
            }
        }
        assertThat(loose).isEmpty();
    }
}
