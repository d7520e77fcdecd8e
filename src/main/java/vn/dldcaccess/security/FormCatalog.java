package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every deployed Camunda form, read once from the classpath (the engine deploys the same files). */
@Component
class FormCatalog {
    private final Map<String, FormSchema> forms = new HashMap<>();

    FormCatalog() {
        ObjectMapper json = new ObjectMapper();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
                try (InputStream in = r.getInputStream()) {
                    FormSchema schema = FormSchema.of(json.readTree(in));
                    forms.put(schema.formId(), schema);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Camunda forms", e);
        }
    }

    Optional<FormSchema> form(String formId) {
        return Optional.ofNullable(forms.get(formId));
    }
}
