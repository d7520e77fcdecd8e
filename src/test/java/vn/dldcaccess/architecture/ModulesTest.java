package vn.dldcaccess.architecture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import vn.dldcaccess.DldcAccessApplication;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ModulesTest {
    @Test
    void featuresOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(DldcAccessApplication.class).verify();
    }

    @Test
    void noBpmnUsesCamundaClassAndEveryIdIsMeaningful() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path f : files.toList()) {
                String xml = Files.readString(f);
                assertThat(xml).as(f.toString()).doesNotContain("camunda:class=")
                        .doesNotContainPattern("id=\"(Activity|Gateway|Event|Flow|StartEvent|EndEvent)_[0-9a-z]{7}\"");
            }
        }
    }

    /**
     * Issue 13: the units are no longer written by hand in the form (and again in the organization file): every
     * person-or-unit choice of a form reads its options from the application (valuesKey), which takes them from
     * the organization file (organization.FormChoices).
     */
    @Test
    void formsOfferUnitsAndPeopleFromTheOrganizationFileNeverAHandWrittenList() throws IOException {
        for (String[] f : new String[][]{{"account-registration", "unitCode", "unitOptions"},
                {"authorization-letter", "delegateUsername", "delegateOptions"},
                {"leaver-report", "personUsername", "personOptions"}, {"record-account", "holderUsername", "holderOptions"}}) {
            JsonNode form = new ObjectMapper().readTree(new File("forms/" + f[0] + ".form"));
            List<JsonNode> fields = new ArrayList<>();
            form.get("components").forEach(c -> {
                if (f[1].equals(c.path("key").asText())) {
                    fields.add(c);
                }
            });
            assertThat(fields).as(f[0]).hasSize(1);
            assertThat(fields.get(0).path("type").asText()).isEqualTo("select");
            assertThat(fields.get(0).path("valuesKey").asText()).isEqualTo(f[2]);
            assertThat(fields.get(0).has("values")).as(f[0] + " hand-written values").isFalse();
        }
    }
}
