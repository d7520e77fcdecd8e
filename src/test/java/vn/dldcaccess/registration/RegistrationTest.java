package vn.dldcaccess.registration;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.TestOrganization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dldcaccess.support.DemoPeople.actor;
import static vn.dldcaccess.support.DemoPeople.admin;

/** The entity guards its own state: every transition from a wrong state is refused with a Vietnamese message. */
class RegistrationTest {
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    static final OrganizationDirectory ORG = TestOrganization.demo();

    /** Who decides on the request, as the service asks the organization. */
    static Deciders deciders(Registration r) {
        return ORG.unitHeadsBut(r.unitCode(), r.agencyCode(), List.of(r.applicantUsername()));
    }

    static RegistrationForm form(String citizenId, String agency) {
        return new RegistrationForm("Nguyễn Thị Hường", LocalDate.of(1990, 5, 17), Gender.NU, new CitizenId(citizenId),
                "Chuyên viên", "SLDTBXH_VL", agency, "Tiếp nhận hồ sơ", new MobilePhone("0912345678"),
                new OfficialEmail("huongnt@angiang.gov.vn"), null, Set.of(AccessScope.TRA_CUU), "Xác thực", null);
    }

    static Registration submitted() {
        return new Registration("SLĐTBXH-2026-000001", form("089190001234", "SLDTBXH"), actor("ldtb.cv1"), NOW);
    }

    @Test
    void confirmOnlyFromSubmitted() {
        Registration r = submitted();
        r.confirm(actor("ldtb.tp1"), deciders(r), NOW);
        assertThat(r.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThatThrownBy(() -> r.confirm(actor("ldtb.tp1"), deciders(r), NOW)).isInstanceOf(RegistrationStateException.class)
                .satisfies(e -> assertThat(((RegistrationStateException) e).vietnameseMessage())
                        .contains("Không thể xác nhận yêu cầu SLĐTBXH-2026-000001"));
        assertThatThrownBy(() -> r.reject(actor("ldtb.tp1"), deciders(r), "x", NOW)).isInstanceOf(RegistrationStateException.class);
    }

    @Test
    void rejectionFreesTheCitizenIdForANewRequest() {
        Registration r = submitted();
        r.reject(actor("ldtb.tp1"), deciders(r), "Không thuộc bộ phận", NOW);
        assertThat(r.status().isOpen()).isFalse();
        assertThat(r.events()).extracting(RegistrationEvent::status)
                .containsExactly(RegistrationStatus.SUBMITTED, RegistrationStatus.REJECTED);
    }

    @Test
    void correctionKeepsCitizenIdAndAgency() {
        Registration r = submitted();
        assertThatThrownBy(() -> r.correct(form("089190001234", "SLDTBXH"), actor("ldtb.cv1"), NOW))
                .as("not returned").isInstanceOf(RegistrationStateException.class);
        r.returnForCorrection(actor("ldtb.tp1"), deciders(r), "Bổ sung", NOW);
        assertThatThrownBy(() -> r.correct(form("089190009999", "SLDTBXH"), actor("ldtb.cv1"), NOW))
                .isInstanceOf(RegistrationStateException.class);
        assertThatThrownBy(() -> r.correct(form("089190001234", "STP"), actor("ldtb.cv1"), NOW))
                .isInstanceOf(RegistrationStateException.class);
        r.correct(form("089190001234", "SLDTBXH"), actor("ldtb.cv1"), NOW);
        assertThat(r.status()).isEqualTo(RegistrationStatus.SUBMITTED);
    }

    @Test
    void inclusionInALetterIsIdempotentAndExclusive() {
        Registration r = submitted();
        assertThatThrownBy(() -> r.includeInLetter(5, actor("ldtb.gd"), NOW)).as("not confirmed")
                .isInstanceOf(RegistrationStateException.class);
        r.confirm(actor("ldtb.tp1"), deciders(r), NOW);
        assertThat(r.includeInLetter(5, actor("ldtb.gd"), NOW)).isTrue();
        assertThat(r.includeInLetter(5, actor("ldtb.gd"), NOW)).as("same letter again").isFalse();
        assertThatThrownBy(() -> r.includeInLetter(6, actor("ldtb.gd"), NOW)).isInstanceOf(RegistrationStateException.class)
                .satisfies(e -> assertThat(((RegistrationStateException) e).vietnameseMessage()).contains("công văn khác"));
        assertThat(r.events()).hasSize(3);
    }

    static Registration sentToPc06() {
        Registration r = submitted();
        r.confirm(actor("ldtb.tp1"), deciders(r), NOW);
        r.includeInLetter(11L, actor("ldtb.gd"), NOW);
        assertThat(r.arriveAtAggregator(Actor.system(), NOW)).isTrue();
        assertThat(r.arriveAtAggregator(Actor.system(), NOW)).isFalse();
        assertThat(r.sendToPc06(3L, actor("stttt.cv"), NOW, "Công văn số 215/STTTT-BCVT")).isTrue();
        assertThat(r.sendToPc06(3L, actor("stttt.cv"), NOW, "Công văn số 215/STTTT-BCVT")).isFalse();
        return r;
    }

    @Test
    void pc06DecisionIsRecordedOnceAndAContradictionIsRefused() {
        Registration r = sentToPc06();
        assertThatThrownBy(() -> r.sendToPc06(4L, actor("stttt.cv"), NOW, "x")).isInstanceOf(RegistrationStateException.class);
        assertThat(r.recordPc06Decision(true, null, actor("pc06.cb"), NOW)).isTrue();
        assertThat(r.recordPc06Decision(true, null, actor("pc06.cb"), NOW)).isFalse();
        assertThatThrownBy(() -> r.recordPc06Decision(false, "x", actor("pc06.cb"), NOW))
                .isInstanceOf(RegistrationStateException.class)
                .satisfies(e -> assertThat(((RegistrationStateException) e).vietnameseMessage())
                        .contains("đã có kết quả khác của PC06"));
        r.provisioned(21L, actor("tthc.qt"), NOW, "Tài khoản huongnt");
        assertThat(r.status()).isEqualTo(RegistrationStatus.PROVISIONED);
        // after provisioning the same approval is still a no-op
        assertThat(r.recordPc06Decision(true, null, actor("pc06.cb"), NOW)).isFalse();
        assertThatThrownBy(() -> r.provisioned(22L, actor("tthc.qt"), NOW, "x")).isInstanceOf(RegistrationStateException.class);
    }

    @Test
    void aPc06RefusalFreesTheCitizenForANewRequest() {
        Registration r = sentToPc06();
        r.recordPc06Decision(false, "Sai số định danh", actor("pc06.cb"), NOW);
        assertThat(r.status()).isEqualTo(RegistrationStatus.REJECTED_BY_PC06);
        assertThat(r.pc06Reason()).isEqualTo("Sai số định danh");
        assertThat(r.events().get(r.events().size() - 1).detail()).isEqualTo("Sai số định danh");
        assertThatThrownBy(() -> r.provisioned(21L, actor("tthc.qt"), NOW, "x")).isInstanceOf(RegistrationStateException.class);
    }

    @Test
    void onlyTheApplicantFilesAndCorrectsAndOnlyAHeadOfHerUnitDecides() {
        assertThatThrownBy(() -> new Registration("SLĐTBXH-2026-000002", form("089190001234", "SLDTBXH"),
                actor("stp.cv1"), NOW)).as("another agency").isInstanceOf(RegistrationStateException.class);
        assertThatThrownBy(() -> new Registration("SLĐTBXH-2026-000002", form("089190001234", "SLDTBXH"),
                actor("ldtb.vp"), NOW)).as("not an applicant").isInstanceOf(RegistrationStateException.class);
        assertThatThrownBy(() -> new Registration("SLĐTBXH-2026-000002", form("089190001234", "SLDTBXH"),
                admin(), NOW)).as("the administrator files for nobody").isInstanceOf(RegistrationStateException.class);
        Registration r = submitted();
        // (the applicant herself: RegistrationDutiesTest)
        for (Actor other : new Actor[]{actor("ldtb.tp2"), actor("stp.tp1"), actor("ldtb.vp"), actor("ldtb.gd"),
                actor("ldtb.cv3"), admin(), Actor.system()}) {
            assertThatThrownBy(() -> r.confirm(other, deciders(r), NOW)).isInstanceOf(RegistrationStateException.class)
                    .satisfies(e -> assertThat(((RegistrationStateException) e).vietnameseMessage()).isEqualTo(
                            "Chỉ lãnh đạo đơn vị của người đăng ký mới xác nhận, trả lại hoặc từ chối yêu cầu này."));
            assertThatThrownBy(() -> r.reject(other, deciders(r), "x", NOW)).isInstanceOf(RegistrationStateException.class);
            assertThatThrownBy(() -> r.returnForCorrection(other, deciders(r), "x", NOW)).isInstanceOf(RegistrationStateException.class);
        }
        r.returnForCorrection(actor("ldtb.tp1"), deciders(r), "Bổ sung", NOW);
        assertThatThrownBy(() -> r.correct(form("089190001234", "SLDTBXH"), actor("ldtb.cv3"), NOW))
                .isInstanceOf(RegistrationStateException.class);
        r.correct(form("089190001234", "SLDTBXH"), actor("ldtb.cv1"), NOW);
        r.confirm(actor("ldtb.tp1"), deciders(r), NOW);
        assertThat(r.confirmedBy()).isEqualTo("ldtb.tp1");
        assertThatThrownBy(() -> r.includeInLetter(5, actor("stp.gd"), NOW)).as("another agency's director")
                .isInstanceOf(RegistrationStateException.class);
        r.includeInLetter(5, actor("ldtb.gd"), NOW);
        r.arriveAtAggregator(Actor.system(), NOW);
        assertThatThrownBy(() -> r.sendToPc06(3L, actor("pc06.cb"), NOW, "x")).isInstanceOf(RegistrationStateException.class);
        r.sendToPc06(3L, admin(), NOW, "x");
        for (Actor other : new Actor[]{actor("stttt.ld"), actor("ldtb.vp"), admin(), Actor.system()}) {
            assertThatThrownBy(() -> r.recordPc06Decision(true, null, other, NOW)).isInstanceOf(RegistrationStateException.class);
        }
        r.recordPc06Decision(true, null, actor("stttt.cv"), NOW);
        for (Actor other : new Actor[]{actor("stttt.cv"), actor("ldtb.vp"), admin(), Actor.system()}) {
            assertThatThrownBy(() -> r.provisioned(21L, other, NOW, "x")).isInstanceOf(RegistrationStateException.class);
        }
        assertThat(r.status()).isEqualTo(RegistrationStatus.APPROVED);
    }

    @Test
    void decisionsBeforeTheBatchIsSentAreRefused() {
        Registration r = submitted();
        r.confirm(actor("ldtb.tp1"), deciders(r), NOW);
        assertThatThrownBy(() -> r.recordPc06Decision(true, null, actor("pc06.cb"), NOW))
                .isInstanceOf(RegistrationStateException.class);
        assertThatThrownBy(() -> r.arriveAtAggregator(Actor.system(), NOW)).isInstanceOf(RegistrationStateException.class);
    }
}
