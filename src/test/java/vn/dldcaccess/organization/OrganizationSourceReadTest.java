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

    static String anGiang2025() throws IOException {
        return new ClassPathResource("organization/demo-organization-2025.yml").getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theOrganizationAfterTheReorganisationNamesWhatEachMergedAgencyBecame() throws IOException {
        OrganizationSource.Snapshot s = read(anGiang2025());
        assertThat(s.mergers()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("SLDTBXH", "SNV", "STTTT", "SKHCN"));
        assertThat(s.people()).filteredOn(p -> p.username().equals("ldtb.cv1")).singleElement()
                .satisfies(p -> assertThat(p.agencyCode()).isEqualTo("SNV"));
        // in force since 1 March 2025; a file dated ahead of its day is not taken in, and says when it may be
        source.requireInForce(s, LocalDate.of(2025, 3, 1));
        assertThatThrownBy(() -> source.requireInForce(s, LocalDate.of(2025, 2, 28)))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("takes effect on 2025-03-01");
    }

    @Test
    void aMergerThatDoesNotFitTheFileIsRefusedSayingWhy() throws IOException {
        String file = anGiang2025();
        assertThatThrownBy(() -> read(file.replace("into: SNV", "into: SKHONGCO")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("names unknown agency SKHONGCO");
        assertThatThrownBy(() -> read(file.replace("from: SLDTBXH", "from: STP")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("still listed among the agencies");
        assertThatThrownBy(() -> read(file.replace("from: STTTT", "from: SLDTBXH")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("merged twice");
        assertThatThrownBy(() -> read(file.replace("on: 2025-03-01, basis", "on: 1/3/2025, basis")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("on is not a date");
        assertThatThrownBy(() -> read(file.replace("{ from: SLDTBXH, into: SNV,", "{ from: SLDTBXH,")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("needs from, into and on");
        // still naming the old agency for a person: the file lists the agency merged away nowhere
        assertThatThrownBy(() -> read(file.replace("agency: SNV, unit: SLDTBXH_VL", "agency: SLDTBXH, unit: SLDTBXH_VL")))
                .isInstanceOf(OrganizationSource.Unreadable.class).hasMessageContaining("unknown agency SLDTBXH");
    }
}
