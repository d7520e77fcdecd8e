package vn.dldcaccess.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One application context for every Spring test (the engine is costly to start twice). Any HTTP 500 logged
 * while a test runs fails it.
 */
// the metrics are exported as in production (Spring Boot's tests turn the export off otherwise)
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false"})
public abstract class AbstractSpringTest {
    public static final java.nio.file.Path TEMPLATES = templatesFolder();

    private static java.nio.file.Path templatesFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("dldc-templates");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        // mails really go out, to an in-process SMTP server
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> TestMail.server().getSmtp().getPort());
        // a province's own templates folder, empty until a test puts an override in it; looked at on every render
        registry.add("dldc.documents.templates-folder", () -> TEMPLATES.toString());
        registry.add("dldc.documents.check-interval", () -> "0s");
        // the tests verify many files from one address; the limit itself is tested where it is the subject
        registry.add("dldc.uploads.verifications-per-minute", () -> "100000");
    }

    @BeforeEach
    void watchForHttp500() {
        Http500Watch.attach().drain();
    }

    @AfterEach
    void noHttp500WasAnswered() {
        assertThat(Http500Watch.attach().drain()).as("HTTP 500 answered during the test").isEmpty();
    }
}
