package vn.dldcaccess.document;

import java.util.List;
import java.util.Map;

/**
 * A message's template under {@code documents/thu/} (a subject "## tieu-de" and a Markdown body "## noi-dung"), or
 * what a task form shows under {@code documents/cong-viec/}, with sample values for the start-up check.
 */
public record MessageTemplate(String file, List<String> sections, Map<String, Object> sample) implements TextTemplate {

    public static MessageTemplate of(String name, Map<String, Object> sample) {
        return new MessageTemplate("thu/" + name + ".ftl", List.of("tieu-de", "noi-dung"), sample);
    }

    /** What a task form shows of its case (documents/cong-viec/): one section "noi-dung". */
    public static MessageTemplate task(String name, Map<String, Object> sample) {
        return new MessageTemplate("cong-viec/" + name + ".ftl", List.of("noi-dung"), sample);
    }

    /** A piece that is not a whole message (a summary used in several): one section "noi-dung". */
    public static MessageTemplate part(String name, Map<String, Object> sample) {
        return new MessageTemplate("thu/" + name + ".ftl", List.of("noi-dung"), sample);
    }
}
