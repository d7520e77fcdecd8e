package vn.dldcaccess.organization;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A version of the organization file that does not parse changes nothing and says why (issue 22). */
class OrganizationSourceReadTest {
    final OrganizationSource source = new OrganizationSource(null, null, null, null);

    static String demo() throws IOException {
        return new ClassPathResource("organization/demo-organization.yml").getContentAsString(StandardCharsets.UTF_8);
    }

    OrganizationSource.Snapshot read(String yaml) {
        return source.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test file"));
    }

    @Test
    void theDemoFileReadsWithAStableHashAndALeftDay() throws IOException {
        OrganizationSource.Snapshot s = read(demo());
        assertThat(s.hash()).hasSize(64).isEqualTo(read(demo()).hash());
        assertThat(s.people()).isNotEmpty().allSatisfy(p -> assertThat(p.left()).isNull());
        String left = demo().replace("username: stp.cv3,", "username: stp.cv3, left: 2026-12-01,");
        assertThat(read(left).people()).filteredOn(p -> p.username().equals("stp.cv3")).singleElement()
                .satisfies(p -> assertThat(p.left()).isEqualTo(LocalDate.of(2026, 12, 1)));
        assertThat(read(left).hash()).isNotEqualTo(s.hash());
    }

    @Test
    void aFileThatDoesNotParseOrNamesWhatDoesNotExistIsNotTakenInAndSaysWhy() throws IOException {
        assertThatThrownBy(() -> read("people: [ {username: x"))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("not taken in");
        assertThatThrownBy(() -> read(demo().replace("unit: STP_HCTP", "unit: STP_KHONGCO")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("unknown unit STP_KHONGCO");
        assertThatThrownBy(() -> read(demo().replace("username: stp.cv3,", "username: stp.cv3, left: 1/12/2026,")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("left is not a date");
        assertThatThrownBy(() -> read(demo().replace("username: stp.cv3,", "username: system,")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("may not be called system");
        assertThatThrownBy(() -> read(demo().replace("username: stp.cv2,", "username: stp.cv3,")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("Duplicate person stp.cv3");
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(OrganizationSource.Unreadable.class);
    }
}
