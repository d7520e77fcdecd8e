package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A start form or a task completion takes exactly the fields of its own form, each in the shape its component
 * sends (a text as a string within the length the form shows, a tick as a boolean, a checklist as a Json list),
 * and nothing else: no extra variable naming a person, group, agency or record, no file, no serialized object,
 * no business key of the person's choosing. What the values mean is each feature's validation.
 */
final class FormSubmissionCheck {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BODY_KEYS = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> VALUE_KEYS = Set.of("value", "type", "valueInfo");
    private static final int MAX_LIST_ITEMS = 1000;
    private static final int MAX_ITEM_LENGTH = 200;

    private FormSubmissionCheck() {
    }

    /** The problems in Vietnamese, one per wrong field; empty when the submission fits the form. */
    static List<String> problems(byte[] body, FormSchema form) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return List.of(Messages.text("security.form.notJson"));
        }
        if (root == null || !root.isObject()) {
            return List.of(Messages.text("security.form.notAForm"));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!BODY_KEYS.contains(key)) {
                problems.add(key.equals("businessKey") ? Messages.text("security.form.businessKey")
                        : Messages.text("security.form.unknownPart", key));
            }
        }
        JsonNode variables = root.path("variables");
        if (variables.isMissingNode() || variables.isNull()) {
            return problems;
        }
        if (!variables.isObject()) {
            problems.add(Messages.text("security.form.variablesNotObject"));
            return problems;
        }
        Map<String, FormSchema.Field> fields = form == null ? Map.of() : form.fields();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FormSchema.Field field = fields.get(e.getKey());
            if (field == null) {
                problems.add(Messages.text("security.form.unknownField", e.getKey()));
                continue;
            }
            String problem = shapeProblem(e.getValue(), field);
            if (problem != null) {
                problems.add(field.label() + ": " + problem);
            }
        }
        return problems;
    }

    private static String shapeProblem(JsonNode typed, FormSchema.Field field) {
        if (!typed.isObject()) {
            return Messages.text("security.form.valueShape");
        }
        for (Iterator<String> it = typed.fieldNames(); it.hasNext(); ) {
            if (!VALUE_KEYS.contains(it.next())) {
                return Messages.text("security.form.valueExtra");
            }
        }
        JsonNode info = typed.path("valueInfo");
        if (!info.isMissingNode() && !info.isNull() && !(info.isObject() && info.isEmpty())) {
            return Messages.text("security.form.serialized");
        }
        String type = typed.path("type").isTextual() ? typed.get("type").asText() : null;
        JsonNode value = typed.path("value");
        if (value.isMissingNode() || value.isNull()) {
            return type == null || type.equals("Null") || type.equals("String") ? null : Messages.text("security.form.wrongType");
        }
        return switch (field.kind()) {
            case TEXT, MULTILINE, CHOICE -> text(type, value, field.kind() == FormSchema.Kind.CHOICE
                    ? MAX_ITEM_LENGTH : field.maxLength());
            case DATE -> ("Date".equals(type) && value.isTextual() && value.asText().length() <= 40)
                    || ((type == null || type.equals("String")) && value.isTextual() && value.asText().length() <= 10)
                    ? null : Messages.text("security.form.notADate");
            case FLAG -> (type == null || type.equals("Boolean")) && (value.isBoolean()
                    || (value.isTextual() && value.asText().matches("true|false"))) ? null : Messages.text("security.form.notABoolean");
            case NUMBER -> (type == null || type.matches("Long|Integer|Short|Double")) && value.isNumber()
                    ? null : Messages.text("security.form.notANumber");
            case LIST -> list(type, value);
        };
    }

    private static String text(String type, JsonNode value, int maxLength) {
        if ((type != null && !type.equals("String")) || !value.isTextual()) {
            return Messages.text("shared.plainText.notText");
        }
        String s = value.asText();
        int length = s.codePointCount(0, s.length());
        return length > maxLength ? Messages.text("shared.plainText.tooLong", maxLength, length) : null;
    }

    /** A checklist as the Tasklist sends it (Json), or as a portal does (a list, or a comma-separated string). */
    private static String list(String type, JsonNode value) {
        JsonNode items = value;
        if ("Json".equals(type) && value.isTextual()) {
            try {
                items = JSON.readTree(value.asText());
            } catch (IOException e) {
                return Messages.text("shared.formValues.badList");
            }
        } else if ((type == null || type.equals("String")) && value.isTextual()) {
            return value.asText().length() > MAX_LIST_ITEMS * 20 ? Messages.text("security.form.listTooLong") : null;
        } else if (type != null) {
            return Messages.text("shared.formValues.notAList");
        }
        if (items == null || !items.isArray()) {
            return Messages.text("shared.formValues.notAList");
        }
        if (items.size() > MAX_LIST_ITEMS) {
            return Messages.text("security.form.tooManyItems", MAX_LIST_ITEMS);
        }
        for (JsonNode item : items) {
            if (!item.isTextual() || item.asText().length() > MAX_ITEM_LENGTH) {
                return Messages.text("security.form.itemNotShort");
            }
        }
        return null;
    }
}
