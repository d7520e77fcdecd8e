package vn.dldcaccess.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@Entity
@Table(name = "org_person")
class PersonEntity {
    @Id
    private String username;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    @Column(name = "job_position")
    private String position;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "unit_code")
    private String unitCode;
    private String roles;
    /** The day the person left (issue 22); null while they are with us. */
    @Column(name = "left_on")
    private java.time.LocalDate leftOn;

    protected PersonEntity() {
    }

    PersonEntity(String username) {
        this.username = username;
    }

    void update(PersonInfo info) {
        this.fullName = info.fullName();
        this.email = info.email();
        this.position = info.position();
        this.agencyCode = info.agencyCode();
        this.unitCode = info.unitCode();
        this.roles = info.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Keeps what the source says about the person, but their agency, unit and roles (a move not yet taken in). */
    void updateDetails(PersonInfo info) {
        this.fullName = info.fullName();
        this.email = info.email();
        this.position = info.position();
    }

    /** Their agency merged into another (issue 22 part 2): they are that agency's, in the same post. */
    void mergeInto(String agency) {
        this.agencyCode = agency;
    }

    void leave(java.time.LocalDate on) {
        this.leftOn = on;
    }

    void restore() {
        this.leftOn = null;
    }

    java.time.LocalDate leftOn() {
        return leftOn;
    }

    String agencyCode() {
        return agencyCode;
    }

    String unitCode() {
        return unitCode;
    }

    PersonInfo toInfo() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
        return new PersonInfo(username, fullName, email, position, agencyCode, unitCode, set);
    }
}
