package vn.dldcaccess.document;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dldcaccess.shared.Markdown;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a document's wording from its template (FreeMarker: a mature Apache engine whose errors carry the
 * file and line, with conditionals a sentence needs, and plain-text output: what a person typed is drawn as
 * text in the PDF, never interpreted). A province's folder comes first; the built-in templates otherwise. A
 * template there that breaks while the application runs is logged with its file and line, and the built-in
 * wording is used until it is mended.
 */
@Component
public class DocumentTexts {
    private static final Logger log = LoggerFactory.getLogger(DocumentTexts.class);
    private final Configuration withOverrides;
    private final Configuration builtIn;
    private final Path folder;

    /** The built-in wording alone, no province folder (tests and tools outside Spring). */
    public static DocumentTexts builtIn() {
        return new DocumentTexts(new DocumentTextsProperties(null, java.time.Duration.ZERO));
    }

    /** Checks the documents' own templates at once; the features' messages are checked by {@link TemplateCheck}. */
    DocumentTexts(DocumentTextsProperties properties) {
        this.folder = properties.templatesFolder() == null || properties.templatesFolder().toString().isBlank()
                ? null : properties.templatesFolder();
        this.builtIn = configuration(new ClassTemplateLoader(DocumentTexts.class, "/documents"), properties);
        try {
            if (folder == null) {
                this.withOverrides = builtIn;
            } else {
                MultiTemplateLoader loaders = new MultiTemplateLoader(new TemplateLoader[]{
                        new FileTemplateLoader(folder.toFile()), new ClassTemplateLoader(DocumentTexts.class, "/documents")});
                // not sticky: an override put in the folder later is found, not the built-in one served before
                loaders.setSticky(false);
                this.withOverrides = configuration(loaders, properties);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Document templates folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        check(List.of(DocumentTemplate.values()));
        if (folder != null) {
            log.info("Document templates: the province's folder {} comes first", folder);
        }
    }

    private static Configuration configuration(TemplateLoader loader, DocumentTextsProperties properties) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_33);
        c.setTemplateLoader(loader);
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setFallbackOnNullLoopVariable(false);
        c.setTemplateUpdateDelayMilliseconds(properties.checkInterval().toMillis());
        return c;
    }

    /** A document's wording, section by section. */
    public record Texts(Map<String, String> sections) {
        /** A one-line section (its lines joined). */
        public String line(String section) {
            return String.join(" ", items(section));
        }

        /** Paragraphs: separated by an empty line; the lines of one paragraph joined. */
        public List<String> paragraphs(String section) {
            List<String> out = new ArrayList<>();
            for (String p : get(section).split("\\n\\s*\\n")) {
                String joined = Arrays.stream(p.split("\\n")).map(String::strip).filter(l -> !l.isEmpty())
                        .reduce((a, b) -> a + " " + b).orElse("");
                if (!joined.isEmpty()) {
                    out.add(joined);
                }
            }
            return out;
        }

        /** The section as written, its line breaks kept (a message's body with its list); outer blank lines cut. */
        public String text(String section) {
            return get(section).strip();
        }

        /** One item per non-empty line. */
        public List<String> items(String section) {
            return Arrays.stream(get(section).split("\\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        private String get(String section) {
            String s = sections.get(section);
            if (s == null) {
                throw new IllegalStateException("Document template has no section '" + section + "'");
            }
            return s;
        }
    }

    /** A message to people: its subject and its body (Markdown, as the notifier takes it). */
    public record Message(String subject, String body) {
    }

    /** A message's template: the sections "tieu-de" (one line) and "noi-dung" (line breaks kept). */
    public Message message(TextTemplate template, Map<String, ?> model) {
        Texts t = render(template, model);
        return new Message(t.line("tieu-de"), t.text("noi-dung"));
    }

    public Texts render(TextTemplate template, Map<String, ?> model) {
        try {
            return render(withOverrides, template, model);
        } catch (IOException | TemplateException e) {
            if (withOverrides == builtIn || !Files.exists(folder.resolve(template.file()))) {
                throw new IllegalStateException(describe(template, e), e);
            }
            log.error("{}; the built-in wording is used until it is mended", describe(template, e));
            try {
                return render(builtIn, template, model);
            } catch (IOException | TemplateException builtInFailed) {
                throw new IllegalStateException(describe(template, builtInFailed), builtInFailed);
            }
        }
    }

    private static Texts render(Configuration c, TextTemplate template, Map<String, ?> model)
            throws IOException, TemplateException {
        Template t = c.getTemplate(template.file());
        StringWriter out = new StringWriter();
        t.process(template.markdown() ? escaped(model) : model, out);
        Texts texts = new Texts(sections(out.toString()));
        for (String s : template.sections()) {
            if (!texts.sections().containsKey(s)) {
                throw new IOException("section \"## " + s + "\" is missing");
            }
        }
        return texts;
    }

    /**
     * The model with every text escaped for Markdown ({@link Markdown#literal}): a task form renders the result as
     * Markdown, and nothing in a value may become a link, an image, a heading or HTML. A {@link URI} is a link
     * target the application built and goes in as it is; numbers and flags are not text.
     */
    static Object escaped(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof String s) {
            return Markdown.literal(s);
        }
        if (value instanceof URI link) {
            return link.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, escaped(v)));
            return out;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(DocumentTexts::escaped).toList();
        }
        throw new IllegalArgumentException("A Markdown template takes text, numbers, flags, links, maps and lists, not "
                + value.getClass().getSimpleName());
    }

    private static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.replace("\r", "").split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (name != null) {
                    out.put(name, body.toString());
                }
                name = line.substring(3).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, body.toString());
        }
        return out;
    }

    /** Every template, as a province's folder makes it, renders its sample: else the start stops and says where. */
    void check(List<? extends TextTemplate> templates) {
        for (TextTemplate t : templates) {
            try {
                render(withOverrides, t, t.sample());
            } catch (IOException | TemplateException e) {
                throw new IllegalStateException(describe(t, e), e);
            }
        }
    }

    private String describe(TextTemplate template, Exception e) {
        boolean overridden = folder != null && Files.exists(folder.resolve(template.file()));
        String where = overridden ? folder.resolve(template.file()).toAbsolutePath().toString()
                : "built-in documents/" + template.file();
        Integer line = e instanceof ParseException p ? Integer.valueOf(p.getLineNumber())
                : e instanceof TemplateException t ? t.getLineNumber() : null;
        String message = e instanceof ParseException p ? p.getEditorMessage()
                : e instanceof TemplateException t ? t.getMessageWithoutStackTop() : e.getMessage();
        String what = message == null ? e.toString() : String.join(" ", message.lines().map(String::strip)
                .filter(l -> !l.isEmpty()).limit(2).toList());
        return "Document template " + where + (line == null ? "" : ", line " + line) + ": " + what;
    }
}
