package vn.dldcaccess.shared;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text longer than the engine's 4000-character column is kept as a Json string, and reads back as the text. */
class ProcessVariableTest {
    @Test
    void aLongTextIsKeptAsAJsonStringAShortOneAsAString() {
        ProcessVariable<String> issues = ProcessVariable.text("replyIssues");
        assertThat(issues.stored("ngắn")).isEqualTo("ngắn");
        String longText = "- Dòng 7 (\"STP-2026-900001\"): không có yêu cầu nào\n".repeat(100);
        Object stored = issues.stored(longText);
        assertThat(stored).isInstanceOf(JsonValue.class);
        String json = ((JsonValue) stored).getValueSerialized();
        assertThat(json).startsWith("\"- Dòng 7 (\\\"STP");
        assertThat(((TypedValue) stored).getType().getName()).isEqualTo("json");
    }
}
