package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
            return List.of("nội dung gửi lên không phải JSON hợp lệ");
        }
        if (root == null || !root.isObject()) {
            return List.of("nội dung gửi lên không phải một biểu mẫu");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!BODY_KEYS.contains(key)) {
                problems.add(key.equals("businessKey") ? "số hồ sơ do hệ thống cấp, không được gửi kèm"
                        : "mục “" + key + "” không thuộc biểu mẫu");
            }
        }
        JsonNode variables = root.path("variables");
        if (variables.isMissingNode() || variables.isNull()) {
            return problems;
        }
        if (!variables.isObject()) {
            problems.add("các trường của biểu mẫu phải gửi dưới dạng đối tượng JSON");
            return problems;
        }
        Map<String, FormSchema.Field> fields = form == null ? Map.of() : form.fields();
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FormSchema.Field field = fields.get(e.getKey());
            if (field == null) {
                problems.add("trường “" + e.getKey() + "” không có trong biểu mẫu này");
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
            return "giá trị phải gửi dưới dạng {\"value\": …}";
        }
        for (Iterator<String> it = typed.fieldNames(); it.hasNext(); ) {
            if (!VALUE_KEYS.contains(it.next())) {
                return "giá trị có thuộc tính lạ";
            }
        }
        JsonNode info = typed.path("valueInfo");
        if (!info.isMissingNode() && !info.isNull() && !(info.isObject() && info.isEmpty())) {
            return "không nhận đối tượng tuần tự hóa hay tệp đính kèm";
        }
        String type = typed.path("type").isTextual() ? typed.get("type").asText() : null;
        JsonNode value = typed.path("value");
        if (value.isMissingNode() || value.isNull()) {
            return type == null || type.equals("Null") || type.equals("String") ? null : "kiểu dữ liệu không đúng";
        }
        return switch (field.kind()) {
            case TEXT, MULTILINE, CHOICE -> text(type, value, field.kind() == FormSchema.Kind.CHOICE
                    ? MAX_ITEM_LENGTH : field.maxLength());
            case DATE -> ("Date".equals(type) && value.isTextual() && value.asText().length() <= 40)
                    || ((type == null || type.equals("String")) && value.isTextual() && value.asText().length() <= 10)
                    ? null : "phải là một ngày có thật";
            case FLAG -> (type == null || type.equals("Boolean")) && (value.isBoolean()
                    || (value.isTextual() && value.asText().matches("true|false"))) ? null : "phải là Có hoặc Không";
            case NUMBER -> (type == null || type.matches("Long|Integer|Short|Double")) && value.isNumber()
                    ? null : "phải là một số";
            case LIST -> list(type, value);
        };
    }

    private static String text(String type, JsonNode value, int maxLength) {
        if ((type != null && !type.equals("String")) || !value.isTextual()) {
            return "phải là văn bản";
        }
        String s = value.asText();
        int length = s.codePointCount(0, s.length());
        return length > maxLength ? "dài quá " + maxLength + " ký tự (hiện " + length + ")" : null;
    }

    /** A checklist as the Tasklist sends it (Json), or as a portal does (a list, or a comma-separated string). */
    private static String list(String type, JsonNode value) {
        JsonNode items = value;
        if ("Json".equals(type) && value.isTextual()) {
            try {
                items = JSON.readTree(value.asText());
            } catch (IOException e) {
                return "danh sách không hợp lệ";
            }
        } else if ((type == null || type.equals("String")) && value.isTextual()) {
            return value.asText().length() > MAX_LIST_ITEMS * 20 ? "danh sách quá dài" : null;
        } else if (type != null) {
            return "phải là một danh sách";
        }
        if (items == null || !items.isArray()) {
            return "phải là một danh sách";
        }
        if (items.size() > MAX_LIST_ITEMS) {
            return "danh sách quá dài (tối đa " + MAX_LIST_ITEMS + " mục)";
        }
        for (JsonNode item : items) {
            if (!item.isTextual() || item.asText().length() > MAX_ITEM_LENGTH) {
                return "mỗi mục của danh sách phải là một giá trị ngắn";
            }
        }
        return null;
    }
}
