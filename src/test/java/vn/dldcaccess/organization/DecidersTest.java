package vn.dldcaccess.organization;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 23: who decides on a request is read from the organization file, never one the request is about. */
class DecidersTest {
    static final PersonInfo DEPUTY_HEAD = TestOrganization.person("ldtb.pp1", "Đỗ Minh Quân", "Phó Trưởng phòng",
            "SLDTBXH", "SLDTBXH_VL", Role.UNIT_HEAD);
    static final PersonInfo DEPUTY_DIRECTOR = TestOrganization.person("ldtb.pgd", "Trịnh Văn Nam", "Phó Giám đốc",
            "SLDTBXH", null, Role.DIRECTOR);
    static final PersonInfo SECOND_CLERK = TestOrganization.person("ldtb.vp2", "Kiều Thị Mai", "Chuyên viên",
            "SLDTBXH", null, Role.AGENCY_OFFICE);
    final OrganizationDirectory demo = TestOrganization.demo();
    final OrganizationDirectory larger = TestOrganization.demo(DEPUTY_HEAD, DEPUTY_DIRECTOR, SECOND_CLERK);

    @Test
    void aUnitsDecisionGoesToItsHeadsGroupWhenNoneOfThemIsConcerned() {
        Deciders d = demo.unitHeadsBut("SLDTBXH_VL", "SLDTBXH", List.of("ldtb.cv1"));
        assertThat(d.candidateGroups()).containsExactly("unit-head-SLDTBXH_VL");
        assertThat(d.candidateUsers()).isEmpty();
        assertThat(d.officeStandsIn()).isFalse();
        assertThat(d.mayDecideForUnit(Actor.person(demo.person("ldtb.tp1").orElseThrow()), "SLDTBXH_VL")).isTrue();
        assertThat(d.mayDecideForUnit(Actor.person(demo.person("ldtb.cv1").orElseThrow()), "SLDTBXH_VL")).isFalse();
    }

    @Test
    void aHeadsOwnRequestGoesToTheOtherHeadsByNameElseToTheOffice() {
        Deciders named = larger.unitHeadsBut("SLDTBXH_VL", "SLDTBXH", List.of("ldtb.tp1"));
        assertThat(named.candidateGroups()).isEmpty();
        assertThat(named.candidateUsers()).containsExactly("ldtb.pp1");
        assertThat(named.mayDecideForUnit(Actor.person(DEPUTY_HEAD), "SLDTBXH_VL")).isTrue();
        assertThat(named.mayDecideForUnit(Actor.person(larger.person("ldtb.tp1").orElseThrow()), "SLDTBXH_VL")).isFalse();
        assertThat(named.mayDecideForUnit(Actor.person(larger.person("ldtb.vp").orElseThrow()), "SLDTBXH_VL")).isFalse();

        Deciders office = demo.unitHeadsBut("SLDTBXH_NCC", "SLDTBXH", List.of("ldtb.tp2"));
        assertThat(office.candidateGroups()).containsExactly("office-SLDTBXH");
        assertThat(office.standInOffice()).isEqualTo("SLDTBXH");
        assertThat(office.mayDecideForUnit(Actor.person(demo.person("ldtb.vp").orElseThrow()), "SLDTBXH_NCC")).isTrue();
        assertThat(office.mayDecideForUnit(Actor.person(demo.person("stp.vp").orElseThrow()), "SLDTBXH_NCC")).isFalse();
        assertThat(office.mayDecideForUnit(new Actor("demo", null, true), "SLDTBXH_NCC")).isFalse();
        // both heads concerned (the holder and her delegate): the office
        assertThat(larger.unitHeadsBut("SLDTBXH_VL", "SLDTBXH", List.of("ldtb.tp1", "ldtb.pp1")).candidateGroups())
                .containsExactly("office-SLDTBXH");
        // a holder without a unit (the office's own clerk): the office, but never she
        Deciders clerk = larger.unitHeadsBut(null, "SLDTBXH", List.of("ldtb.vp"));
        assertThat(clerk.candidateGroups()).isEmpty();
        assertThat(clerk.candidateUsers()).containsExactly("ldtb.vp2");
        assertThat(clerk.mayDecideForUnit(Actor.person(larger.person("ldtb.vp").orElseThrow()), null)).isFalse();
        assertThat(clerk.mayDecideForUnit(Actor.person(SECOND_CLERK), null)).isTrue();
    }

    @Test
    void aRolesStepGoesToItsOtherMembersAndSaysWhenNobodyElseIsLeft() {
        Deciders none = demo.roleBut(Role.DIRECTOR, "SLDTBXH", List.of("ldtb.cv1"));
        assertThat(none.candidateGroups()).containsExactly("director-SLDTBXH");
        assertThat(none.nobodyElse()).isFalse();
        Deciders deputy = larger.roleBut(Role.DIRECTOR, "SLDTBXH", List.of("ldtb.gd", "ldtb.cv1"));
        assertThat(deputy.candidateGroups()).isEmpty();
        assertThat(deputy.candidateUsers()).containsExactly("ldtb.pgd");
        assertThat(deputy.isSubject(Actor.person(demo.person("ldtb.gd").orElseThrow()))).isTrue();
        Deciders alone = demo.roleBut(Role.DIRECTOR, "SLDTBXH", List.of("ldtb.gd"));
        assertThat(alone.candidateGroups()).containsExactly("director-SLDTBXH");
        assertThat(alone.nobodyElse()).isTrue();
        assertThat(demo.roleBut(Role.TTHC_ADMIN, null, List.of("tthc.qt")).nobodyElse()).isTrue();
        assertThat(demo.roleBut(Role.AGGREGATOR_LEADER, null, List.of("ldtb.cv1")).candidateGroups())
                .containsExactly("aggregator-leaders");
    }
}
