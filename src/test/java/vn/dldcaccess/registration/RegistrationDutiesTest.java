package vn.dldcaccess.registration;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.TestOrganization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dldcaccess.support.DemoPeople.actor;
import static vn.dldcaccess.support.DemoPeople.admin;

/** Issue 23: nobody confirms, provisions or records PC06's decision on their own form 1658, nor files another's. */
class RegistrationDutiesTest {
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    /** A second head of Phòng Việc làm, and a TTHC administrator of the agency who also applies. */
    static final PersonInfo DEPUTY = TestOrganization.person("ldtb.pp1", "Đỗ Minh Quân", "Phó Trưởng phòng", "SLDTBXH",
            "SLDTBXH_VL", Role.UNIT_HEAD, Role.APPLICANT);
    static final PersonInfo ADMIN_APPLICANT = TestOrganization.person("ldtb.qt", "Mai Thị Lan", "Chuyên viên",
            "SLDTBXH", "SLDTBXH_VL", Role.APPLICANT, Role.TTHC_ADMIN);
    static final OrganizationDirectory DEMO = TestOrganization.demo();
    static final OrganizationDirectory TWO_HEADS = TestOrganization.demo(DEPUTY, ADMIN_APPLICANT);

    static RegistrationForm form(String fullName, String unit) {
        return new RegistrationForm(fullName, LocalDate.of(1980, 5, 17), Gender.NAM, new CitizenId("089080001234"),
                "Trưởng phòng", unit, "SLDTBXH", "Phụ trách phòng", new MobilePhone("0912345678"),
                new OfficialEmail("x@angiang.gov.vn"), null, Set.of(AccessScope.TRA_CUU), "Xác thực", null);
    }

    static Registration filedBy(Actor applicant, String unit) {
        return new Registration("SLĐTBXH-2026-000009", form(applicant.person().fullName(), unit), applicant, NOW);
    }

    static Deciders deciders(OrganizationDirectory org, Registration r) {
        return org.unitHeadsBut(r.unitCode(), r.agencyCode(), List.of(r.applicantUsername()));
    }

    static String message(Runnable step) {
        try {
            step.run();
        } catch (RegistrationStateException e) {
            return e.vietnameseMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anApplicantsRequestGoesToHerUnitsHeadsAndNeverToHerself() {
        Registration r = filedBy(actor("ldtb.cv1"), "SLDTBXH_VL");
        Deciders d = deciders(DEMO, r);
        assertThat(d.candidateGroups()).containsExactly("unit-head-SLDTBXH_VL");
        assertThat(d.candidateUsers()).isEmpty();
        assertThat(message(() -> r.confirm(actor("ldtb.cv1"), d, NOW)))
                .startsWith("Không ai tự xác nhận, trả lại hoặc từ chối phiếu đăng ký của chính mình");
    }

    @Test
    void theUnitsOnlyHeadFilesForHimselfAndTheAgencyOfficeDecides() {
        // the security assessment: ldtb.tp2 filed for himself, was given the task and confirmed it
        Registration r = filedBy(actor("ldtb.tp2"), "SLDTBXH_NCC");
        Deciders d = deciders(DEMO, r);
        assertThat(d.candidateGroups()).containsExactly("office-SLDTBXH");
        assertThat(d.candidateUsers()).isEmpty();
        assertThat(d.officeStandsIn()).isTrue();
        for (Runnable own : List.<Runnable>of(() -> r.confirm(actor("ldtb.tp2"), d, NOW),
                () -> r.returnForCorrection(actor("ldtb.tp2"), d, "x", NOW), () -> r.reject(actor("ldtb.tp2"), d, "x", NOW))) {
            assertThat(message(own)).isEqualTo("Không ai tự xác nhận, trả lại hoặc từ chối phiếu đăng ký của chính mình: "
                    + "phiếu SLĐTBXH-2026-000009 do Văn phòng cơ quan quyết định.");
        }
        for (Actor other : new Actor[]{actor("ldtb.tp1"), actor("stp.vp"), actor("ldtb.gd"), admin(), Actor.system()}) {
            assertThat(message(() -> r.confirm(other, d, NOW))).as(other.username()).startsWith(
                    "Phiếu của lãnh đạo đơn vị khi đơn vị không còn lãnh đạo nào khác: chỉ Văn phòng cơ quan");
        }
        assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        r.confirm(actor("ldtb.vp"), d, NOW);
        assertThat(r.confirmedBy()).isEqualTo("ldtb.vp");
    }

    @Test
    void aHeadsOwnRequestGoesToTheOtherHeadOfHisUnitByName() {
        Registration r = filedBy(actor("ldtb.tp1"), "SLDTBXH_VL");
        Deciders d = deciders(TWO_HEADS, r);
        assertThat(d.candidateGroups()).isEmpty();
        assertThat(d.candidateUsers()).containsExactly("ldtb.pp1");
        assertThat(d.officeStandsIn()).isFalse();
        assertThat(message(() -> r.confirm(actor("ldtb.tp1"), d, NOW))).contains("do lãnh đạo khác của đơn vị quyết định");
        assertThat(message(() -> r.confirm(actor("ldtb.vp"), d, NOW)))
                .as("the office only when no other head is left")
                .isEqualTo("Chỉ lãnh đạo đơn vị của người đăng ký mới xác nhận, trả lại hoặc từ chối yêu cầu này.");
        r.returnForCorrection(Actor.person(DEPUTY), d, "Bổ sung nhiệm vụ", NOW);
        assertThat(r.status()).isEqualTo(RegistrationStatus.RETURNED);
    }

    @Test
    void aTthcAdministratorNeverProvisionsHerOwnAccountNorAnyoneRecordsPc06sDecisionOnTheirOwn() {
        Actor applicant = Actor.person(ADMIN_APPLICANT);
        Registration r = filedBy(applicant, "SLDTBXH_VL");
        r.confirm(actor("ldtb.tp1"), deciders(TWO_HEADS, r), NOW);
        r.includeInLetter(5, actor("ldtb.gd"), NOW);
        r.arriveAtAggregator(Actor.system(), NOW);
        r.sendToPc06(3L, actor("stttt.cv"), NOW, "x");
        r.recordPc06Decision(true, null, actor("pc06.cb"), NOW);
        Deciders provisioners = TWO_HEADS.roleBut(Role.TTHC_ADMIN, null, List.of(applicant.username()));
        assertThat(provisioners.candidateGroups()).isEmpty();
        assertThat(provisioners.candidateUsers()).containsExactly("tthc.qt");
        assertThat(message(() -> r.provisioned(21L, applicant, NOW, "x"))).isEqualTo(
                "Không ai tự tạo tài khoản DLDC cho chính mình: yêu cầu SLĐTBXH-2026-000009 do quản trị viên khác của "
                        + "Hệ thống TTHC thực hiện.");
        r.provisioned(21L, actor("tthc.qt"), NOW, "Tài khoản lanmt");
        assertThat(r.status()).isEqualTo(RegistrationStatus.PROVISIONED);

        Actor recorder = Actor.person(TestOrganization.person("stttt.cv2", "Lâm Thị Ngọc", "Chuyên viên", "SLDTBXH",
                "SLDTBXH_VL", Role.APPLICANT, Role.AGGREGATOR));
        Registration own = filedBy(recorder, "SLDTBXH_VL");
        own.confirm(actor("ldtb.tp1"), deciders(DEMO, own), NOW);
        own.includeInLetter(5, actor("ldtb.gd"), NOW);
        own.arriveAtAggregator(Actor.system(), NOW);
        own.sendToPc06(3L, actor("stttt.cv"), NOW, "x");
        assertThat(message(() -> own.recordPc06Decision(true, null, recorder, NOW))).isEqualTo(
                "Yêu cầu SLĐTBXH-2026-000009 (Lâm Thị Ngọc) là của chính người ghi: người khác của cơ quan tổng hợp "
                        + "hoặc PC06 ghi kết quả này.");
        assertThat(own.recordPc06Decision(true, null, actor("stttt.cv"), NOW)).isTrue();
    }

    @Test
    void form1658IsInTheNameOfThePersonLoggedInLetterCaseAside() {
        PersonInfo huong = vn.dldcaccess.support.DemoPeople.person("ldtb.cv1");
        assertThat(RegistrationFormValidator.ownName("Nguyễn Thị Hường", huong)).isEqualTo("Nguyễn Thị Hường");
        assertThat(RegistrationFormValidator.ownName("NGUYỄN THỊ HƯỜNG", huong)).as("capitals: the file's spelling kept")
                .isEqualTo("Nguyễn Thị Hường");
        assertThatThrownBy(() -> RegistrationFormValidator.ownName("Huỳnh Văn Thắng", huong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phải là họ và tên của chính người đăng ký (Nguyễn Thị Hường); mỗi người chỉ lập phiếu cho "
                        + "chính mình");
        assertThatThrownBy(() -> RegistrationFormValidator.ownName("Nguyễn Thị Huong", huong)).as("a mark missing")
                .isInstanceOf(IllegalArgumentException.class);
    }
}
