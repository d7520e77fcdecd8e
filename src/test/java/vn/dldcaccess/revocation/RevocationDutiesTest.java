package vn.dldcaccess.revocation;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.TestOrganization;
import vn.dldcaccess.support.DemoPeople;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dldcaccess.support.DemoPeople.actor;

/** Issue 23: nobody reports herself as leaving (so decides what she keeps), nobody closes her own account. */
class RevocationDutiesTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    static String refusal(Runnable step) {
        try {
            step.run();
        } catch (RevocationException e) {
            return e.vietnameseMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void nobodyReportsHerselfNorDecidesWhatOfHersIsKept() {
        assertThat(LeaverReportInput.mayReport(actor("ldtb.tp1"), DemoPeople.person("ldtb.tp1"))).isFalse();
        assertThat(LeaverReportInput.mayReport(actor("ldtb.vp"), DemoPeople.person("ldtb.vp"))).isFalse();
        assertThat(LeaverReportInput.mayReport(actor("ldtb.vp"), DemoPeople.person("ldtb.tp1"))).isTrue();
        assertThat(LeaverReportInput.mayReport(actor("ldtb.tp1"), DemoPeople.person("ldtb.cv1"))).isTrue();
        assertThat(refusal(() -> new Revocation("ldtb.tp1", "SLDTBXH", "SLDTBXH_VL", LeaveReason.POSITION_CHANGE, DAY,
                DAY.plusDays(5), "Phó Giám đốc", null, "ldtb.tp1", List.of(new RevocationItem(1L, AccountSystem.IOFFICE,
                "haltt", true, 0)), Instant.now()))).startsWith("Không ai tự báo cáo nghỉ, chuyển công tác của chính mình");
    }

    @Test
    void nobodyClosesHerOwnAccountTheOthersOfTheGroupDo() {
        RevocationItem dldc = new RevocationItem(1L, AccountSystem.DLDC_TTHC, "yenqt", false, 0);
        Actor qt = actor("tthc.qt");
        assertThat(refusal(() -> dldc.close(DAY, qt, "STTTT", "tthc.qt", Instant.now()))).isEqualTo(
                "Không ai tự đóng tài khoản của chính mình: tài khoản yenqt do quản trị viên khác của Hệ thống TTHC đóng.");
        // routed to the other administrators by name; with none, to the group all the same, where she is refused
        Deciders others = TestOrganization.demo(TestOrganization.person("tthc.qt2", "Lê Văn Tâm", "Quản trị hệ thống",
                "STTTT", null, Role.TTHC_ADMIN)).roleBut(Role.TTHC_ADMIN, null, List.of("tthc.qt"));
        assertThat(others.candidateUsers()).containsExactly("tthc.qt2");
        assertThat(TestOrganization.demo().roleBut(Role.TTHC_ADMIN, null, List.of("tthc.qt")).nobodyElse()).isTrue();
        assertThat(dldc.close(DAY, actor("tthc.qt"), "STTTT", "ldtb.cv1", Instant.now())).isTrue();

        RevocationItem ioffice = new RevocationItem(2L, AccountSystem.IOFFICE, "anhvtn", false, 1);
        assertThat(refusal(() -> ioffice.close(DAY, actor("ldtb.vp"), "SLDTBXH", "ldtb.vp", Instant.now())))
                .contains("do người khác của Văn phòng đóng");
        assertThat(ioffice.close(DAY, DemoPeople.admin(), "SLDTBXH", "ldtb.vp", Instant.now())).isTrue();
        assertThatThrownBy(() -> ioffice.close(DAY, actor("stp.vp"), "SLDTBXH", "ldtb.vp", Instant.now()))
                .isInstanceOf(RevocationException.class);
    }

    @Test
    void theApplicationClosesOnlyAnOfficialEmailAccountItDisabledInTheDirectory() {
        // issue 22: the mail directory connector, recorded as "Hệ thống (tự động)"
        RevocationItem mail = new RevocationItem(3L, AccountSystem.OFFICIAL_EMAIL, "huongnt@angiang.gov.vn", false, 0);
        assertThat(mail.close(DAY, Actor.system(), "SLDTBXH", "ldtb.cv1", Instant.now())).isTrue();
        assertThat(mail.closedBy()).isEqualTo(Actor.SYSTEM_NAME);
        RevocationItem ioffice = new RevocationItem(4L, AccountSystem.IOFFICE, "huongnt.io", false, 1);
        assertThat(refusal(() -> ioffice.close(DAY, Actor.system(), "SLDTBXH", "ldtb.cv1", Instant.now())))
                .isEqualTo("Chỉ Văn phòng của cơ quan đóng tài khoản VNPT-iOffice.");
        RevocationItem dldc = new RevocationItem(5L, AccountSystem.DLDC_TTHC, "huongnt", false, 2);
        assertThatThrownBy(() -> dldc.close(DAY, Actor.system(), "SLDTBXH", "ldtb.cv1", Instant.now()))
                .isInstanceOf(RevocationException.class);
    }
}
