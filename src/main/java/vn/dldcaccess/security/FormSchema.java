package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a person fills in on one Camunda form (forms/*.form): every keyed input component that is not
 * disabled. Disabled components only show values (form-js never submits them); text components show wording.
 * This is what a start or a task completion bound to the form may submit, and nothing else.
 */
record FormSchema(String formId, Map<String, Field> fields) {

    /** What a component accepts: its label for messages, its shape and the length the form shows. */
    record Field(String name, String label, Kind kind, int maxLength) {
    }

    enum Kind { TEXT, MULTILINE, DATE, FLAG, CHOICE, LIST, NUMBER }

    /** Text fields whose form states no limit still get one: nobody types a novel into a task form. */
    static final int DEFAULT_MAX_LENGTH = 2000;

    static FormSchema of(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), fields);
        return new FormSchema(form.path("id").asText(), fields);
    }

    private static void collect(JsonNode components, Map<String, Field> out) {
        for (JsonNode c : components) {
            if (c.has("components")) {
                collect(c.get("components"), out);
            }
            String key = c.path("key").asText(null);
            Kind kind = kind(c.path("type").asText(), c);
            if (key == null || kind == null || c.path("disabled").asBoolean(false)) {
                continue;
            }
            int max = c.path("validate").path("maxLength").asInt(DEFAULT_MAX_LENGTH);
            String label = c.path("label").asText(c.path("dateLabel").asText(key)).replaceAll("\\s*\\*\\s*$", "");
            out.put(key, new Field(key, label, kind, max));
        }
    }

    private static Kind kind(String type, JsonNode c) {
        return switch (type) {
            case "textfield" -> Kind.TEXT;
            case "textarea" -> Kind.MULTILINE;
            case "datetime" -> Kind.DATE;
            case "checkbox" -> Kind.FLAG;
            case "radio", "select" -> Kind.CHOICE;
            case "checklist", "taglist" -> Kind.LIST;
            case "number" -> Kind.NUMBER;
            default -> null;
        };
    }

    List<String> names() {
        return new ArrayList<>(fields.keySet());
    }
}
