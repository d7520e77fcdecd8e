package vn.dldcaccess.architecture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

    /** Start forms get no variables in the Tasklist, so the unit list is in the form: it must match the data. */
    @Test
    void registrationFormOffersExactlyTheUnitsOfTheOrganizationFile() throws IOException {
        JsonNode form = new ObjectMapper().readTree(new File("forms/account-registration.form"));
        List<String> offered = new ArrayList<>();
        for (JsonNode c : form.get("components")) {
            if ("unitCode".equals(c.path("key").asText())) {
                c.get("values").forEach(v -> offered.add(v.get("value").asText()));
            }
        }
        JsonNode org = new ObjectMapper(new YAMLFactory()).readTree(new File("src/main/resources/organization/demo-organization.yml"));
        List<String> units = new ArrayList<>();
        org.get("agencies").forEach(a -> a.path("units").forEach(u -> units.add(u.get("code").asText())));
        assertThat(offered).containsExactlyElementsOf(units);
    }
}
