package vn.dldcaccess.organization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Read access to the organization for every other feature. */
@Service
@Transactional(readOnly = true)
public class OrganizationDirectory {
    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final PersonRepository people;
    private final AtomicReference<ProvinceInfo> province = new AtomicReference<>();

    OrganizationDirectory(AgencyRepository agencies, UnitRepository units, PersonRepository people) {
        this.agencies = agencies;
        this.units = units;
        this.people = people;
    }

    void setProvince(ProvinceInfo info) {
        province.set(info);
    }

    public ProvinceInfo province() {
        ProvinceInfo p = province.get();
        if (p == null) {
            throw new IllegalStateException("Organization data not loaded yet");
        }
        return p;
    }

    public Optional<AgencyInfo> agency(String code) {
        return code == null ? Optional.empty() : agencies.findById(code).map(AgencyEntity::toInfo);
    }

    public List<AgencyInfo> agencies(AgencyKind kind) {
        return agencies.findAll().stream().map(AgencyEntity::toInfo).filter(a -> a.kind() == kind)
                .sorted(Comparator.comparing(AgencyInfo::code)).toList();
    }

    /** The aggregator (Sở TT&TT today; whichever department holds the duty is data). */
    public AgencyInfo aggregator() {
        return agencies(AgencyKind.AGGREGATOR).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("The organization data names no aggregator"));
    }

    public Optional<UnitInfo> unit(String code) {
        return code == null ? Optional.empty() : units.findById(code).map(UnitEntity::toInfo);
    }

    public Optional<PersonInfo> person(String username) {
        return username == null ? Optional.empty() : people.findById(username).map(PersonEntity::toInfo);
    }

    /** People holding a role; scoped roles (unit head, office, director) filtered by unit or agency. */
    public List<PersonInfo> peopleWithRole(Role role, String agencyCode, String unitCode) {
        return people.findAll().stream().map(PersonEntity::toInfo)
                .filter(p -> p.has(role))
                .filter(p -> agencyCode == null || agencyCode.equals(p.agencyCode()))
                .filter(p -> unitCode == null || unitCode.equals(p.unitCode()))
                .sorted(Comparator.comparing(PersonInfo::username))
                .toList();
    }
}
