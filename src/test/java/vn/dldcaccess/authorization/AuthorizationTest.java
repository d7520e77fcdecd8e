package vn.dldcaccess.authorization;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.TestOrganization;
import vn.dldcaccess.support.DemoPeople;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The giấy ủy quyền guards who answers for the delegate, and says on paper only what she did. */
class AuthorizationTest {
    static final Instant FILED = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant ANSWERED = Instant.parse("2026-03-03T17:30:00Z"); // 04/03 00:30 in Viet Nam

    static final OrganizationDirectory DEMO = TestOrganization.demo();

    static Authorization filed() {
        return filed("ldtb.cv1", "ldtb.cv3");
    }

    static Authorization filed(String holder, String delegate) {
        return new Authorization(new AuthorizationTerms(7, delegate, LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 13), AuthorizationReason.CONG_TAC, null, "Văn bản đến", "Bàn giao",
                "Giữ bí mật"), DemoPeople.actor(holder), FILED);
    }

    /** Who approves, as the service asks the organization. */
    static Deciders approvers(OrganizationDirectory org, Authorization a) {
        return org.unitHeadsBut(a.unitCode(), a.agencyCode(), List.of(a.holderUsername(), a.delegateUsername()));
    }

    static String refusal(Runnable step) {
        try {
            step.run();
        } catch (AuthorizationException e) {
            return e.vietnameseMessage();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void neitherTheHolderNorTheDelegateApprovesTheOfficeDoesWhenNoOtherHeadIsLeft() {
        // the holder is the unit's only head
        Authorization own = filed("ldtb.tp1", "ldtb.cv3");
        own.acceptAsDelegate(DemoPeople.actor("ldtb.cv3"), ANSWERED);
        Deciders d = approvers(DEMO, own);
        assertThat(d.candidateGroups()).containsExactly("office-SLDTBXH");
        assertThat(refusal(() -> own.approve(DemoPeople.actor("ldtb.tp1"), d, null, ANSWERED))).isEqualTo(
                "Người ủy quyền và người được ủy quyền không tự duyệt giấy ủy quyền của mình: Văn phòng cơ quan duyệt "
                        + "giấy ủy quyền này.");
        assertThat(refusal(() -> own.approve(DemoPeople.actor("ldtb.cv3"), d, null, ANSWERED))).startsWith(
                "Người ủy quyền và người được ủy quyền không tự duyệt");
        for (String other : new String[]{"ldtb.tp2", "stp.vp", "ldtb.gd"}) {
            assertThat(refusal(() -> own.approve(DemoPeople.actor(other), d, null, ANSWERED))).startsWith(
                    "Đơn vị không còn lãnh đạo nào khác ngoài người ủy quyền hoặc người được ủy quyền: chỉ Văn phòng");
        }
        own.approve(DemoPeople.actor("ldtb.vp"), d, null, ANSWERED);
        assertThat(own.decidedBy()).isEqualTo("ldtb.vp");

        // the delegate is the unit's only head: the same
        Authorization toHead = filed("ldtb.cv1", "ldtb.tp1");
        toHead.acceptAsDelegate(DemoPeople.actor("ldtb.tp1"), ANSWERED);
        Deciders d2 = approvers(DEMO, toHead);
        assertThat(d2.candidateGroups()).containsExactly("office-SLDTBXH");
        assertThat(refusal(() -> toHead.reject(DemoPeople.actor("ldtb.tp1"), d2, "x", ANSWERED)))
                .startsWith("Người ủy quyền và người được ủy quyền không tự duyệt");
    }

    @Test
    void aHeadsOwnLetterGoesToTheUnitsOtherHeadByName() {
        OrganizationDirectory twoHeads = TestOrganization.demo(TestOrganization.person("ldtb.pp1", "Đỗ Minh Quân",
                "Phó Trưởng phòng", "SLDTBXH", "SLDTBXH_VL", Role.UNIT_HEAD));
        Authorization own = filed("ldtb.tp1", "ldtb.cv3");
        own.acceptAsDelegate(DemoPeople.actor("ldtb.cv3"), ANSWERED);
        Deciders d = approvers(twoHeads, own);
        assertThat(d.candidateGroups()).isEmpty();
        assertThat(d.candidateUsers()).containsExactly("ldtb.pp1");
        assertThat(refusal(() -> own.approve(DemoPeople.actor("ldtb.vp"), d, null, ANSWERED)))
                .isEqualTo("Chỉ lãnh đạo đơn vị của người ủy quyền mới duyệt giấy ủy quyền này.");
        own.approve(vn.dldcaccess.organization.Actor.person(twoHeads.person("ldtb.pp1").orElseThrow()), d, null, ANSWERED);
        assertThat(own.status()).isEqualTo(AuthorizationStatus.APPROVED);
    }

    @Test
    void aFiledLetterWaitsForItsDelegateAndOnlySheAnswers() {
        Authorization a = filed();
        assertThat(a.status()).isEqualTo(AuthorizationStatus.AWAITING_DELEGATE);
        for (String other : new String[]{"ldtb.cv1", "ldtb.tp1", "ldtb.vp"}) {
            assertThatThrownBy(() -> a.acceptAsDelegate(DemoPeople.actor(other), ANSWERED))
                    .hasMessageContaining("is not the delegate");
        }
        // the unit head cannot decide before the delegate has accepted
        assertThatThrownBy(() -> a.approve(DemoPeople.actor("ldtb.tp1"), approvers(DEMO, a), null, ANSWERED))
                .hasMessageContaining("expected REQUESTED");
        a.acceptAsDelegate(DemoPeople.actor("ldtb.cv3"), ANSWERED);
        assertThat(a.status()).isEqualTo(AuthorizationStatus.REQUESTED);
        assertThat(a.delegateAnsweredAt()).isEqualTo(ANSWERED);
        assertThatThrownBy(() -> a.declineAsDelegate(DemoPeople.actor("ldtb.cv3"), "Đổi ý", ANSWERED))
                .hasMessageContaining("expected AWAITING_DELEGATE");
    }

    @Test
    void aDeclineEndsTheLetterWithHerReason() {
        Authorization a = filed();
        a.declineAsDelegate(DemoPeople.actor("ldtb.cv3"), "Nghỉ phép cùng tuần", ANSWERED);
        assertThat(a.status()).isEqualTo(AuthorizationStatus.DECLINED);
        assertThat(a.status().isOpen()).isFalse();
        assertThat(a.delegateComment()).isEqualTo("Nghỉ phép cùng tuần");
    }

    @Test
    void correctedTermsAreAskedAgain() {
        Authorization a = filed();
        a.acceptAsDelegate(DemoPeople.actor("ldtb.cv3"), ANSWERED);
        a.returnToHolder(DemoPeople.actor("ldtb.tp1"), approvers(DEMO, a), "Ghi rõ phạm vi", ANSWERED);
        a.correct(new AuthorizationTerms(7, "ldtb.cv3", LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13),
                AuthorizationReason.CONG_TAC, null, "Chỉ văn bản đến", "Bàn giao", "Giữ bí mật"),
                DemoPeople.actor("ldtb.cv1"));
        assertThat(a.status()).isEqualTo(AuthorizationStatus.AWAITING_DELEGATE);
        assertThat(a.delegateAnsweredAt()).isNull();
    }

    @Test
    void thePrintedLetterSaysWhatTheDelegateDidAndWhen() {
        PersonInfo yen = DemoPeople.person("ldtb.cv3");
        Authorization a = filed();
        assertThat(AuthorizationLetterDocument.delegateSignature(a, yen).note())
                .isEqualTo("(Được thông báo trên hệ thống; chưa xác nhận)");
        a.acceptAsDelegate(DemoPeople.actor("ldtb.cv3"), ANSWERED);
        assertThat(AuthorizationLetterDocument.delegateSignature(a, yen).note())
                .isEqualTo("(Đã đồng ý trên hệ thống ngày 04/03/2026)");
        assertThat(AuthorizationLetterDocument.delegateSignature(a, yen).name()).isEqualTo(yen.fullName());
    }
}
