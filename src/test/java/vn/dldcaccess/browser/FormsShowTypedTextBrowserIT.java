package vn.dldcaccess.browser;

import vn.dldcaccess.shared.Markdown;
import vn.dldcaccess.shared.Messages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.TextTemplate;
import vn.dldcaccess.shared.ProcessVariable;
import vn.dldcaccess.support.FormReads;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every task and start form (forms/*.form), rendered in Chromium by the form-js that the Camunda 7.24 Tasklist
 * bundles, on the Tasklist's own page (its scripts, styles and Content-Security-Policy), the way its Camunda-forms
 * view does it ({@code new Form({container}).importSchema(schema, variables)}), with each variable the form reads
 * made of Markdown and HTML payloads as the server would make it: what people typed as is for read-only fields,
 * the application's Markdown rendered from its real {@code documents/cong-viec} template with every value a
 * payload, options labelled with a payload. The payload must show as typed, and no link, image, heading, script or
 * event handler may be made of it; the links the application builds must still be links.
 */
class FormsShowTypedTextBrowserIT extends BrowserTest {
    /** One line, as data inside the application's Markdown (Markdown.literal makes a line break a space). */
    static final String LINE = "# Tiêu đề giả [bấm vào đây](https://evil.example/x) ![](data:image/png;base64,iVBORw0KGgo=) "
            + "<img src=x onerror=alert(1)> <script>alert(2)</script> https://evil.example evil@example.com "
            + "www.evil.example **đậm** _nghiêng_ ~~gạch~~ `mã` | a | b | &lt;b&gt; \\[thoát\\] <https://evil.example/tu-dong>";
    /** What a person typed over several lines, as a read-only field shows it. */
    static final String TYPED = LINE + "\n# Tiêu đề dòng hai\n- mục [x](javascript:alert(3))\n<a href=\"https://evil.example\">a</a>";

    /** Where each Markdown variable a form renders comes from: its template under documents/. */
    static final Map<String, String> MARKDOWN_TEMPLATES = Map.of(
            "activeSummary", "cong-viec/uy-quyen-dang-hieu-luc.ftl",
            "closeSummary", "cong-viec/dong-mot-tai-khoan.ftl",
            "waitingLettersText", "cong-viec/dot-cho-lap.ftl",
            "decisionsText", "cong-viec/dot-ket-qua-pc06.ftl",
            "batchSummary", "cong-viec/dot-tom-tat.ftl",
            "candidateForms", "cong-viec/phieu-cho-cong-van.ftl",
            "unitSummary", "cong-viec/ra-soat-don-vi.ftl",
            "accountSummary", "cong-viec/doi-mat-khau.ftl");
    /** The links the application builds, as it builds them. */
    static final Map<String, String> LINKS = Map.of(
            "batchDocumentUrl", "/api/documents/7",
            "letterDocumentUrl", "/api/documents/8",
            "authorizationDocumentUrl", "/api/documents/9",
            "registrationFormUrl", "/api/documents/10",
            "signingUrl", "/sign.html?letter=CV-3",
            "replyUploadUrl", "/pc06-reply.html?batch=7");

    /** The shapes of the links the application builds (documents, the signing page, the reply upload). */
    static final String APP_LINK = "/api/documents/\\d+|/sign\\.html\\?letter=[\\w-]+|/pc06-reply\\.html\\?batch=\\d+";

    /** Finds the Tasklist's form-js (the module its Camunda-forms view takes Form from) and renders one form. */
    static final String RENDER = """
            const [schema, data, done] = arguments;
            try {
              if (!window.dldcFormJs) {
                let req;
                self.webpackChunkcamunda_bpm_webapp.push([['dldc-form-test'], {}, r => { req = r; }]);
                const ids = Object.keys(req.m).filter(id => String(req.m[id]).includes('"FormPlayground"'));
                if (ids.length !== 1) throw new Error('form-js modules found: ' + ids.length);
                window.dldcFormJs = req(ids[0]);
              }
              document.getElementById('dldc-form-test')?.remove();
              const container = document.createElement('div');
              container.id = 'dldc-form-test';
              container.style.cssText = 'position:fixed;inset:0;z-index:100000;background:#fff;overflow:auto;padding:1rem';
              document.body.appendChild(container);
              const form = new window.dldcFormJs.Form({ container });
              form.importSchema(schema, data).then(() => setTimeout(() => {
                const root = container.querySelector('.fjs-form');
                const handlers = [...root.querySelectorAll('*')].flatMap(e => [...e.attributes]
                  .filter(a => a.name.startsWith('on')).map(a => e.tagName + '[' + a.name + ']'));
                done({
                  text: root.innerText,
                  values: [...root.querySelectorAll('textarea, input')].map(e => e.value),
                  links: [...root.querySelectorAll('a')].filter(a => !a.closest('.fjs-powered-by')).map(a => ({ href: a.getAttribute('href'), text: a.innerText })),
                  images: root.querySelectorAll('img').length,
                  scripts: root.querySelectorAll('script, iframe, object, embed').length,
                  headings: [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => h.innerText),
                  handlers });
              }, 100), e => done({ error: String(e) }));
            } catch (e) { done({ error: String(e && e.stack || e) }); }
            """;

    @Autowired
    DocumentTexts texts;
    @Autowired
    List<TextTemplate.Catalog> catalogs;

    @Test
    void everyFormShowsWhatPeopleTypedAsTextAndMakesNoMarkupOfIt() throws Exception {
        login("ldtb.vp");
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Map<String, Set<String>> bindings = FormReads.bindings();
        ObjectMapper json = new ObjectMapper();
        List<String> rendered = new ArrayList<>();
        for (Path file : FormReads.forms()) {
            JsonNode schema = FormReads.schema(file);
            String formId = schema.path("id").asText();
            assertThat(bindings).as(formId + " is bound in a BPMN").containsKey(formId);
            Map<String, ProcessVariable<?>> contract = new LinkedHashMap<>();
            bindings.get(formId).forEach(p -> contract.putAll(FormReads.contract(p)));

            Map<String, Object> data = new LinkedHashMap<>();
            List<String> typedFields = new ArrayList<>();
            List<String> typedInText = new ArrayList<>();
            List<String> markdownShown = new ArrayList<>();
            List<String> linksShown = new ArrayList<>();
            for (Map.Entry<String, FormReads.Shown> read : FormReads.reads(schema).entrySet()) {
                String name = read.getKey();
                ProcessVariable<?> v = contract.get(name);
                ProcessVariable.Kind kind = v == null ? ProcessVariable.Kind.JSON : v.kind();
                switch (kind) {
                    case TEXT -> {
                        data.put(name, TYPED);
                        if (read.getValue() == FormReads.Shown.TEXT_COMPONENT) {
                            typedInText.add(name);
                        } else if (read.getValue() == FormReads.Shown.READ_ONLY_FIELD) {
                            typedFields.add(name);
                        }
                    }
                    case MARKDOWN -> {
                        data.put(name, markdownWithPayloads(name));
                        markdownShown.add(name);
                    }
                    case LINK -> {
                        assertThat(LINKS).as("a link of the application for " + name).containsKey(name);
                        data.put(name, LINKS.get(name));
                        linksShown.add(name);
                    }
                    case JSON -> data.put(name, List.of(Map.of("label", LINE, "value", "1")));
                    default -> {
                    }
                }
            }

            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(RENDER,
                    json.convertValue(schema, Map.class), data);
            shot("form-" + formId);
            assertThat(shown.get("error")).as(formId).isNull();
            String text = (String) shown.get("text");
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) shown.get("values");
            @SuppressWarnings("unchecked")
            List<Map<String, String>> links = (List<Map<String, String>>) shown.get("links");
            @SuppressWarnings("unchecked")
            List<String> headings = (List<String>) shown.get("headings");

            for (String field : typedFields) {
                assertThat(values).as(formId + ": " + field + " shown as typed in a read-only field").contains(TYPED);
            }
            for (String name : typedInText) {
                // a text component renders Markdown: what was typed would have to show as typed there too
                assertThat(text).as(formId + ": " + name + " as typed").contains(TYPED);
            }
            boolean listed = FormReads.components(schema).stream().anyMatch(c -> c.has("valuesKey")
                    && List.of("checklist", "radio").contains(c.path("type").asText()));
            if (!markdownShown.isEmpty() || listed) {
                assertThat(text).as(formId + ": the payload as typed").contains(LINE);
            }
            assertThat(links).as(formId + ": links are the application's own")
                    .allSatisfy(a -> assertThat(a.get("href")).matches(APP_LINK));
            for (String link : linksShown) {
                assertThat(links).as(formId + ": the application's link " + link + " works")
                        .anySatisfy(a -> assertThat(a.get("href")).isEqualTo(LINKS.get(link)));
            }
            assertThat(((Number) shown.get("images")).intValue()).as(formId + ": images").isZero();
            assertThat(((Number) shown.get("scripts")).intValue()).as(formId + ": scripts").isZero();
            assertThat((List<?>) shown.get("handlers")).as(formId + ": event handlers").isEmpty();
            assertThat(headings).as(formId + ": headings are the form's own")
                    .noneMatch(h -> h.contains("Tiêu đề") || h.contains("evil"));
            rendered.add(formId + " " + data.keySet());
        }
        assertThat(rendered).hasSize(FormReads.forms().size());
        // every form that shows something of the process's data was given payloads
        assertThat(rendered.stream().filter(r -> !r.endsWith("[]")).count()).isGreaterThanOrEqualTo(18);
    }

    /** The variable as the server makes it: its template, every text value of the template's sample a payload. */
    String markdownWithPayloads(String variable) {
        if (variable.equals("changeSummary")) {
            // the source change's tasks (issue 22) word it from the message bundle, each value escaped as SourceTexts does
            String who = "**" + Markdown.literal(LINE) + "** (" + Markdown.literal(LINE) + ")";
            return Messages.text("leavers.task.closing", Messages.text("leavers.task.leaver", who, "01/12/2026"),
                    Markdown.literal(LINE), "01/12/2026", "08/12/2026");
        }
        assertThat(MARKDOWN_TEMPLATES).as("the template of " + variable).containsKey(variable);
        TextTemplate template = catalogs.stream().flatMap(c -> c.templates().stream())
                .filter(t -> t.file().equals(MARKDOWN_TEMPLATES.get(variable))).findFirst().orElseThrow();
        assertThat(template.markdown()).as(template.file() + " escapes its values").isTrue();
        @SuppressWarnings("unchecked")
        Map<String, ?> model = (Map<String, ?>) payloads(template.sample());
        String markdown = texts.render(template, model).text("noi-dung");
        assertThat(markdown).as(template.file() + " got the payload").contains("evil");
        return markdown;
    }

    /** The sample with every text a payload; links (the application's), numbers and flags as they are. */
    static Object payloads(Object value) {
        if (value instanceof String) {
            return LINE;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, payloads(v)));
            // a value the template prints only when present (a reason), present here
            if (map.containsKey("quyetDinh") && !map.containsKey("lyDo")) {
                out.put("lyDo", LINE);
            }
            return out;
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(FormsShowTypedTextBrowserIT::payloads).toList();
        }
        return value instanceof URI ? value : value;
    }
}
