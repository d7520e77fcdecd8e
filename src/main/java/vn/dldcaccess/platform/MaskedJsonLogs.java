package vn.dldcaccess.platform;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The JSON log lines (profile {@code json-logs}, README "Logs") pass every text value, message and stack trace
 * included, through {@link PersonalDataMask}. Named in {@code logging.structured.json.customizer}.
 */
public class MaskedJsonLogs implements StructuredLoggingJsonMembersCustomizer<Object> {
    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, PersonalDataMask::mask));
    }
}
