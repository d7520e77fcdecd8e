package vn.dldcaccess.document;

import java.util.List;
import java.util.Map;

/**
 * A piece of wording in a template file under {@code documents/} (a document, or a message a person is sent):
 * its file, the sections it must have, and a sample of its values for the start-up check.
 */
public interface TextTemplate {
    String file();

    List<String> sections();

    Map<String, Object> sample();

    /** Markdown whose values the renderer escapes (a task form's text); documents and mails: false. */
    default boolean markdown() {
        return false;
    }

    /** A feature's message templates (its …Messages class), for the start-up check to render each of them. */
    interface Catalog {
        List<? extends TextTemplate> templates();
    }
}
