package vn.dldcaccess.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A task form sent as the Tasklist of Camunda 7.24 sends it (camunda-webapp's {@code cam-tasklist-form-camunda},
 * read from its bundle): the form's data as form-js holds it; a list or object value goes as
 * {@code {type, valueInfo, value: JSON.stringify(value)}} where type and valueInfo are those of the task's
 * variable of that name as {@code /task/{id}/form-variables} reports it, else those of the variable the field's
 * {@code valuesKey} names, else "Json"; any other value goes as {@code {value}} alone. A variable the process
 * keeps typed Null therefore makes a ticked checklist a "Null" with a text value.
 */
public final class TasklistSubmission {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TasklistSubmission() {
    }

    /** The submit-form body's variables for this data on this task, as the Tasklist builds them. */
    public static Map<String, Object> variables(TestRestTemplate rest, String user, String taskId, String formId,
                                                Map<String, Object> data) {
        JsonNode formVariables = read(rest.withBasicAuth(user, "demo").getForObject(
                "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false", String.class));
        Map<String, String> valuesKeys = valuesKeys(formId);
        Map<String, Object> out = new LinkedHashMap<>();
        data.forEach((name, value) -> {
            if (value instanceof Map<?, ?> || value instanceof java.util.Collection<?>) {
                JsonNode own = formVariables.get(name);
                String type = "Json";
                JsonNode valueInfo = null;
                if (own != null) {
                    type = own.path("type").asText();
                    valueInfo = own.get("valueInfo");
                } else if (valuesKeys.get(name) != null && formVariables.get(valuesKeys.get(name)) != null) {
                    JsonNode options = formVariables.get(valuesKeys.get(name));
                    type = options.path("type").asText();
                    valueInfo = options.get("valueInfo");
                }
                Map<String, Object> typed = new HashMap<>();
                typed.put("type", type);
                typed.put("valueInfo", valueInfo);
                typed.put("value", write(value));
                out.put(name, typed);
            } else {
                Map<String, Object> plain = new HashMap<>();
                plain.put("value", value);
                out.put(name, plain);
            }
        });
        return out;
    }

    /** The task form submitted as the Tasklist does it. */
    public static ResponseEntity<String> submit(TestRestTemplate rest, String user, String taskId, String formId,
                                                Map<String, Object> data) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(Map.of("variables", variables(rest, user, taskId, formId, data)), headers), String.class);
    }

    private static Map<String, String> valuesKeys(String formId) {
        try {
            JsonNode form = JSON.readTree(Files.readString(Path.of("forms", formId + ".form")));
            Map<String, String> keys = new HashMap<>();
            form.path("components").forEach(c -> {
                if (c.hasNonNull("key") && c.hasNonNull("valuesKey")) {
                    keys.put(c.get("key").asText(), c.get("valuesKey").asText());
                }
            });
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
