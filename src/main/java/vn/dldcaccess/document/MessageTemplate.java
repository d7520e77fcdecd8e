package vn.dldcaccess.document;

import java.util.List;
import java.util.Map;

/**
 * A message's template under {@code documents/thu/} (a subject "## tieu-de" and a Markdown body "## noi-dung"), or
 * what a task form shows under {@code documents/cong-viec/}, with sample values for the start-up check.
 *
 * @param markdown what a task form's text component renders as Markdown: the renderer escapes every value (a
 *                 {@code java.net.URI} excepted, a link target the application built), so no value can make
 *                 markup, whoever wrote the caller or the province's copy of the template
 */
public record MessageTemplate(String file, List<String> sections, Map<String, Object> sample, boolean markdown)
        implements TextTemplate {

    public static MessageTemplate of(String name, Map<String, Object> sample) {
        return new MessageTemplate("thu/" + name + ".ftl", List.of("tieu-de", "noi-dung"), sample, false);
    }

    /** What a task form renders as Markdown (documents/cong-viec/): one section "noi-dung", every value escaped. */
    public static MessageTemplate task(String name, Map<String, Object> sample) {
        return new MessageTemplate("cong-viec/" + name + ".ftl", List.of("noi-dung"), sample, true);
    }

    /** What a task form shows in a read-only field (documents/cong-viec/): plain text, values as they are. */
    public static MessageTemplate plainTask(String name, Map<String, Object> sample) {
        return new MessageTemplate("cong-viec/" + name + ".ftl", List.of("noi-dung"), sample, false);
    }

    /** A piece that is not a whole message (a summary used in several): one section "noi-dung". */
    public static MessageTemplate part(String name, Map<String, Object> sample) {
        return new MessageTemplate("thu/" + name + ".ftl", List.of("noi-dung"), sample, false);
    }
}
