package vn.dldcaccess.leavers;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A test agency of its own (NV22, its office and two unit heads), added to the demo organization file so that no
 * demo person of the shared context changes: versions of the file with the test's people, checked as the schedule
 * checks the configured file, and the agency removed again afterwards. For the tests of this package and for the
 * browser tests.
 */
public final class TestAgencySource {
    static final String AGENCY = """
              - code: NV22
                kind: AGENCY
                name: "Sở Thử nghiệm Người nghỉ"
                parentBody: "UBND TỈNH AN GIANG"
                symbol: "STNN"
                officeSymbol: "STNN-VP"
                signerTitle: "GIÁM ĐỐC"
                units:
                  - { code: NV22_A, name: "Phòng Thử nghiệm A" }
                  - { code: NV22_B, name: "Phòng Thử nghiệm B" }
            """;
    /** nv.vp the office; nv.tpa and nv.tpb the heads of units A and B. */
    static final String STAFF = """
              - { username: nv.vp, fullName: "Văn Phòng Thử", email: "nv.vp@angiang.gov.vn", position: "Chánh Văn phòng", agency: NV22, roles: [AGENCY_OFFICE] }
              - { username: nv.tpa, fullName: "Trưởng Phòng A", email: "nv.tpa@angiang.gov.vn", position: "Trưởng phòng", agency: NV22, unit: NV22_A, roles: [UNIT_HEAD, APPLICANT] }
              - { username: nv.tpb, fullName: "Trưởng Phòng B", email: "nv.tpb@angiang.gov.vn", position: "Trưởng phòng", agency: NV22, unit: NV22_B, roles: [UNIT_HEAD, APPLICANT] }
            """;
    static final Set<String> STAFF_NAMES = Set.of("nv.vp", "nv.tpa", "nv.tpb");

    private final JdbcTemplate jdbc;
    private final SourceCheck check;

    TestAgencySource(JdbcTemplate jdbc, SourceCheck check) {
        this.jdbc = jdbc;
        this.check = check;
    }

    public static TestAgencySource of(ApplicationContext context) {
        return new TestAgencySource(context.getBean(JdbcTemplate.class), context.getBean(SourceCheck.class));
    }

    /** A person of the test agency, an applicant, in this unit; {@code left} (yyyy-MM-dd) when the file says so. */
    public static String person(String username, String name, String unit, String left) {
        return "  - { username: " + username + ", fullName: \"" + name + "\", email: \"" + username
                + "@angiang.gov.vn\", position: \"Chuyên viên\", agency: NV22, unit: " + unit
                + (left == null ? "" : ", left: " + left) + ", roles: [APPLICANT] }\n";
    }

    /**
     * The demo file, the people other tests added to the agency as they are now, and these people, as a new file
     * (each version its own file: its own time and path).
     */
    public FileSystemResource file(String... people) throws Exception {
        return fileWithout(List.of(), people);
    }

    /** As {@link #file}, the people {@code gone} left out: the file no longer names them. */
    public FileSystemResource fileWithout(Collection<String> gone, String... people) throws Exception {
        String demo = new ClassPathResource("organization/demo-organization.yml").getContentAsString(
                StandardCharsets.UTF_8);
        StringBuilder others = new StringBuilder();
        List<String> mine = Arrays.stream(people).map(p -> p.substring(p.indexOf("username: ") + 10,
                p.indexOf(','))).toList();
        jdbc.queryForList("select username, full_name, unit_code from org_person where left_on is null and "
                        + "agency_code = 'NV22' order by username").stream()
                .filter(m -> !mine.contains((String) m.get("username")) && !gone.contains((String) m.get("username"))
                        && !STAFF_NAMES.contains((String) m.get("username")))
                .forEach(m -> others.append(person((String) m.get("username"), (String) m.get("full_name"),
                        (String) m.get("unit_code"), null)));
        Path f = Files.createTempFile("organization", ".yml");
        Files.writeString(f, demo.replace("\npeople:\n", "\n" + AGENCY.stripTrailing() + "\npeople:\n").stripTrailing()
                + "\n" + STAFF + others + String.join("", people));
        return new FileSystemResource(f);
    }

    /** What a check of a version found, for tests outside this package. */
    public record Checked(String outcome, List<String> started, String reason) {
    }

    /** The version checked as the schedule checks the configured file (not confirmed by an administrator). */
    public Checked check(FileSystemResource version) {
        SourceCheck.Checked c = check.check(version, false);
        return new Checked(c.outcome().name(), c.started(), c.reason());
    }

    /** The business key of the newest source change (Process_SourceChange) of this kind about this person. */
    String change(SourceChangeKind kind, String username) {
        return SourceChangeProcess.businessKey(jdbc.queryForObject("select max(id) from lvr_source_event where kind = ?"
                + " and person_username = ?", Long.class, kind.name(), username));
    }

    /** The leaver's change (see {@link #change}). */
    public String leaverChange(String username) {
        return change(SourceChangeKind.LEAVER, username);
    }

    /** The change of a person who moved to another unit of the agency (see {@link #change}). */
    public String moverChange(String username) {
        return change(SourceChangeKind.MOVER_UNIT, username);
    }

    /** The closing ("TH-…", a Process_AccountRevocation) a source change opened; null: none (yet). */
    public String closingOf(String change) {
        return jdbc.queryForObject("select closing_key from lvr_source_event where id = ?", String.class,
                SourceChangeProcess.BUSINESS_KEY.id(change));
    }

    /** The demo organization again, without the test's agency: the context's other tests find it as they expect. */
    public void remove() {
        jdbc.update("delete from org_person where agency_code = 'NV22'");
        jdbc.update("delete from org_unit where agency_code = 'NV22'");
        jdbc.update("delete from org_agency where code = 'NV22'");
        check.check(new ClassPathResource("organization/demo-organization.yml"), true);
    }
}
