package vn.dldcaccess.organization;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A real {@link OrganizationDirectory} of the demo organization file, for tests without Spring, with people added
 * where a test needs a branch the demo file does not have (a unit's second head, a deputy director).
 */
public final class TestOrganization {
    private TestOrganization() {
    }

    public static OrganizationDirectory demo(PersonInfo... extra) {
        OrganizationFile file = read();
        List<AgencyInfo> agencies = new ArrayList<>();
        List<UnitInfo> units = new ArrayList<>();
        for (OrganizationFile.Agency a : file.agencies()) {
            agencies.add(new AgencyInfo(a.code(), a.kind(), a.name(), a.parentBody(), a.symbol(), a.officeSymbol(),
                    a.signerTitle()));
            if (a.units() != null) {
                a.units().forEach(u -> units.add(new UnitInfo(u.code(), a.code(), u.name())));
            }
        }
        List<PersonInfo> people = new ArrayList<>();
        for (OrganizationFile.Person p : file.people()) {
            people.add(new PersonInfo(p.username(), p.fullName(), p.email(), p.position(), p.agency(), p.unit(),
                    EnumSet.copyOf(p.roles())));
        }
        people.addAll(List.of(extra));
        OrganizationDirectory directory = new OrganizationDirectory();
        directory.replace(new ProvinceInfo(file.province().name(), file.province().placeName(),
                file.province().emailDomain()), agencies, units, people, java.util.Map.of());
        return directory;
    }

    /** A person the demo file lacks. */
    public static PersonInfo person(String username, String fullName, String position, String agency, String unit,
                                    Role... roles) {
        return new PersonInfo(username, fullName, username + "@angiang.gov.vn", position, agency, unit,
                EnumSet.copyOf(List.of(roles)));
    }

    private static OrganizationFile read() {
        try (InputStream in = TestOrganization.class.getResourceAsStream("/organization/demo-organization.yml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, OrganizationFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
