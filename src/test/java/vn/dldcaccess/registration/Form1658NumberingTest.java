package vn.dldcaccess.registration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21: the printed form 1658 numbers its fields as the Tasklist form does. The PDF takes each field's number
 * from {@link Form1658Field}; here that number is held against the label the web form shows for the same key.
 */
class Form1658NumberingTest {

    @Test
    void everyFieldIsNumberedOnThePdfAsOnTheWebForm() throws Exception {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = getClass().getResourceAsStream("/forms/account-registration.form")) {
            collect(new ObjectMapper().readTree(in), labels);
        }
        for (Form1658Field f : Form1658Field.values()) {
            if (f == Form1658Field.AGENCY) {
                // the web form picks unit and agency in one list, "6–7. Đơn vị công tác - Cơ quan"
                assertThat(labels.get(Form1658Field.UNIT.key())).startsWith("6–7. ");
                continue;
            }
            String label = labels.get(f.key());
            assertThat(label).as(f.key() + " on the web form").isNotNull();
            if (f.number().isEmpty()) {
                assertThat(label).as(f.key() + ": no number of its own").doesNotMatch("^\\d.*");
            } else if (f == Form1658Field.UNIT) {
                assertThat(label).startsWith("6–7. ");
            } else {
                assertThat(label).as(f.key()).startsWith(f.number() + ". ");
            }
        }
        assertThat(labels.values()).anyMatch(l -> l.startsWith("**" + Form1658Field.COMMITMENTS_NUMBER + ". Cam kết**"));
    }

    private static void collect(JsonNode node, Map<String, String> labels) {
        for (JsonNode c : node.path("components")) {
            String label = c.hasNonNull("label") ? c.get("label").asText()
                    : c.hasNonNull("dateLabel") ? c.get("dateLabel").asText() : c.path("text").asText("");
            labels.put(c.hasNonNull("key") ? c.get("key").asText() : c.path("id").asText(), label);
            collect(c, labels);
        }
    }
}
