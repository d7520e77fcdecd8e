package vn.dldcaccess.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 24: what people read (screens, task texts, mails, refusals, labels) is worded in
 * {@code messages_vi.properties} (shared.Messages) or the templates under {@code documents/}, where a province can
 * reword it; a string literal with Vietnamese letters in {@code src/main/java} is allowed only in the files below,
 * each for its reason, and in the sample values a template is checked with at start
 * ({@code static final MessageTemplate X = MessageTemplate.of(…, Map.of(…))}: never shown to anyone).
 * No Spring: it reads the sources.
 */
class WordingInBundleTest {
    private static final Path MAIN = Path.of("src/main/java");

    /** Files (under src/main/java/vn/dldcaccess/) whose Vietnamese literals are not wording for people. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            // layout words of printed documents: what stands on the page whatever the province ("Kính gửi:",
            // "Nơi nhận:", "Số:", table headings, signature blocks); the document's own wording is in its template
            Map.entry("document/PdfBlocks.java", "layout: national heading, Nơi nhận"),
            Map.entry("document/PdfDocuments.java", "layout: date line, Kính gửi, attachment line, DỰ THẢO mark"),
            Map.entry("document/FormLayout.java", "layout of form 1658: number, signature blocks"),
            Map.entry("document/ReviewReport.java", "layout of the review report: table headings, signatures"),
            Map.entry("document/ClosureNotice.java", "layout of the closing notice: table headings, signatures"),
            Map.entry("document/SignatureBlock.java", "layout: the signature block's lines"),
            Map.entry("document/TableLayout.java", "layout: a table's total line"),
            Map.entry("document/PdfSeal.java", "layout: the seal's visible stamp on the page"),
            Map.entry("document/PdfA.java", "the PDF's own metadata: subject (number, date), attachment description"),
            Map.entry("aggregation/BatchLetterPdf.java", "layout of the letter to PC06: headings, citations"),
            Map.entry("submission/AgencyLetterPdf.java", "layout of the agency letter: number, table headings"),
            Map.entry("authorization/AuthorizationLetterDocument.java", "layout of the giấy ủy quyền: rows, signatures"),
            // sample values each document template is checked (and its page image drawn) with; never shown
            Map.entry("document/DocumentTemplate.java", "template sample values"),
            // the demo keys' mark, in the certificate and on every demo seal: must not be reworded away
            Map.entry("document/SealKeys.java", "demo mark: DEMO - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ"),
            // text processing: Vietnamese words the code matches or breaks at, not sentences
            Map.entry("document/LineBreaks.java", "text processing: the joints a long name breaks at (và, VÀ)"),
            Map.entry("document/SignatureCapacity.java",
                    "parsing: the titles (Chánh, Trưởng, Giám đốc, Phó) a position is matched by (Decree 30)"),
            Map.entry("shared/OfficialNumber.java", "parsing: a number typed with its prefix \"Số:\""),
            // the log's marker for a masked number: the log is not worded through the bundle, and masking a line
            // must not depend on it
            Map.entry("platform/PersonalDataMask.java", "log marker [số]"));

    private static final Pattern VIETNAMESE = Pattern.compile("[\\p{L}&&[^\\p{ASCII}]]");
    private static final Pattern SAMPLE = Pattern.compile(
            "\\bstatic\\s+final\\s+MessageTemplate\\s+\\w+\\s*=\\s*MessageTemplate\\.\\w+\\s*\\(");

    @Test
    void noVietnameseLiteralOutsideTheAllowedFiles() throws IOException {
        List<String> offending = new ArrayList<>();
        for (Path file : sources()) {
            String name = MAIN.resolve("vn/dldcaccess").relativize(file).toString().replace('\\', '/');
            if (ALLOWED.containsKey(name)) {
                continue;
            }
            for (Literal l : literals(Files.readString(file))) {
                if (!l.inSample() && VIETNAMESE.matcher(l.text()).find()) {
                    offending.add(file + ":" + l.line() + ": " + l.text());
                }
            }
        }
        assertThat(offending).as("Vietnamese literals in Java: word them in messages_vi.properties (Messages.text),"
                + " or, if they are a printed document's layout or a parsing table, allow the file here with why")
                .isEmpty();
    }

    @Test
    void everyAllowedFileStillHasAVietnameseLiteral() throws IOException {
        Set<String> stale = new TreeSet<>();
        for (String name : ALLOWED.keySet()) {
            Path file = MAIN.resolve("vn/dldcaccess").resolve(name);
            if (!Files.exists(file) || literals(Files.readString(file)).stream()
                    .noneMatch(l -> VIETNAMESE.matcher(l.text()).find())) {
                stale.add(name);
            }
        }
        assertThat(stale).as("allowed files that no longer need it: take them off the list").isEmpty();
    }

    @Test
    void theScannerFindsLiteralsNotComments() {
        String java = """
                // "Không" in a comment
                /* "Không" in a block
                   comment */
                /** "Không" in a Javadoc */
                class X {
                    String a = "Đợt " + b; // "Không"
                    char c = '"';
                    String d = "escaped \\" quote đ";
                    String e = \"""
                        Dòng
                        \""";
                    static final MessageTemplate T = MessageTemplate.of("x", Map.of("nguoi",
                            "Nguyễn Thị Hường"));
                    String f = "Sau mẫu";
                }
                """;
        List<Literal> found = literals(java).stream().filter(l -> VIETNAMESE.matcher(l.text()).find()).toList();
        assertThat(found).extracting(Literal::line).containsExactly(6, 8, 9, 13, 14);
        assertThat(found).extracting(Literal::inSample).containsExactly(false, false, false, true, false);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** A string literal or text block, the line it starts on, and whether it is a template's sample value. */
    record Literal(String text, int line, boolean inSample) {
    }

    /** The string literals of a source, comments and char literals left out. */
    static List<Literal> literals(String src) {
        List<Literal> out = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                statement.append(c);
                i++;
            } else if (src.startsWith("//", i)) {
                while (i < n && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(src, i, end);
                i = end;
            } else if (src.startsWith("\"\"\"", i)) {
                int end = i + 3;
                while (end < n && !src.startsWith("\"\"\"", end)) {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 3);
                out.add(new Literal(src.substring(i, end), line, SAMPLE.matcher(statement).find()));
                line += count(src, i, end);
                statement.append("\"\"");
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && src.charAt(end) != c && src.charAt(end) != '\n') {
                    end += src.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(n, end + 1);
                if (c == '"') {
                    out.add(new Literal(src.substring(i, end), line, SAMPLE.matcher(statement).find()));
                }
                statement.append(c).append(c);
                i = end;
            } else {
                if (c == ';' || c == '{' || c == '}') {
                    statement.setLength(0);
                } else {
                    statement.append(c);
                }
                i++;
            }
        }
        return out;
    }

    private static int count(String src, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (src.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
