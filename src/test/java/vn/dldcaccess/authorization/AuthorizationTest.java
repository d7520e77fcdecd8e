package vn.dldcaccess.authorization;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.support.DemoPeople;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The giấy ủy quyền guards who answers for the delegate, and says on paper only what she did. */
class AuthorizationTest {
    static final Instant FILED = Instant.parse("2026-03-02T02:00:00Z");
    static final Instant ANSWERED = Instant.parse("2026-03-03T17:30:00Z"); // 04/03 00:30 in Viet Nam

    static Authorization filed() {
        return new Authorization(new AuthorizationTerms(7, "ldtb.cv3", LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 13), AuthorizationReason.CONG_TAC, null, "Văn bản đến", "Bàn giao",
                "Giữ bí mật"), DemoPeople.actor("ldtb.cv1"), FILED);
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
        assertThatThrownBy(() -> a.approve(DemoPeople.actor("ldtb.tp1"), null, ANSWERED))
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
        a.returnToHolder(DemoPeople.actor("ldtb.tp1"), "Ghi rõ phạm vi", ANSWERED);
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
