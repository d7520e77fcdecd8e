package vn.dldcaccess.account;

import vn.dldcaccess.organization.Actor;

import static vn.dldcaccess.support.DemoPeople.actor;
import static vn.dldcaccess.support.DemoPeople.admin;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {
    static Account account() {
        return new Account(new NewAccount(AccountSystem.DLDC_TTHC, " huongnt ", "ldtb.cv1", "Nguyễn Thị Hường",
                "079190000601", "SLDTBXH", "SLDTBXH_VL", LocalDate.of(2026, 11, 25), 7L), actor("tthc.qt"), Instant.now());
    }

    @Test
    void nobodyEntersLocksReopensOrClosesHerOwnAccount() {
        // issue 23: the office's own iOffice account is another clerk's (or the administrator's) to enter and close
        assertThatThrownBy(() -> new Account(new NewAccount(AccountSystem.IOFFICE, "anhvtn", "ldtb.vp", "Võ Thị Ngọc Ánh",
                null, "SLDTBXH", null, LocalDate.of(2026, 11, 25), null), actor("ldtb.vp"), Instant.now()))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).vietnameseMessage()).isEqualTo(
                        "Không ai tự ghi vào sổ tài khoản VNPT-iOffice của chính mình: việc này do người khác của Văn phòng "
                                + "thực hiện."));
        Account office = new Account(new NewAccount(AccountSystem.IOFFICE, "anhvtn", "ldtb.vp", "Võ Thị Ngọc Ánh",
                null, "SLDTBXH", null, LocalDate.of(2026, 11, 25), null), admin(), Instant.now());
        for (java.util.function.Consumer<Actor> step : java.util.List.<java.util.function.Consumer<Actor>>of(
                a -> office.suspend(a, "x", Instant.now()), a -> office.close(a, "x", Instant.now()))) {
            assertThatThrownBy(() -> step.accept(actor("ldtb.vp"))).isInstanceOf(AccountException.class)
                    .satisfies(e -> assertThat(((AccountException) e).vietnameseMessage()).startsWith("Không ai tự"));
        }
        assertThat(office.close(admin(), "Chuyển công tác", Instant.now())).isTrue();
        // a TTHC administrator who holds a DLDC account: another administrator enters and closes it
        Actor qt = Actor.person(vn.dldcaccess.organization.TestOrganization.person("tthc.qt2", "Lê Văn Tâm",
                "Quản trị hệ thống", "STTTT", null, vn.dldcaccess.organization.Role.TTHC_ADMIN));
        assertThatThrownBy(() -> new Account(new NewAccount(AccountSystem.DLDC_TTHC, "tamlv", "tthc.qt2", "Lê Văn Tâm",
                "079190000601", "STTTT", null, LocalDate.of(2026, 11, 25), 7L), qt, Instant.now()))
                .isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).vietnameseMessage()).contains(
                        "quản trị viên khác của Hệ thống TTHC"));
        Account dldc = new Account(new NewAccount(AccountSystem.DLDC_TTHC, "tamlv", "tthc.qt2", "Lê Văn Tâm",
                "079190000601", "STTTT", null, LocalDate.of(2026, 11, 25), 7L), actor("tthc.qt"), Instant.now());
        assertThatThrownBy(() -> dldc.close(qt, "x", Instant.now())).isInstanceOf(AccountException.class);
        assertThat(dldc.close(actor("tthc.qt"), "Nghỉ việc", Instant.now())).isTrue();
    }

    @Test
    void everyChangeIsGuardedAndRecorded() {
        Account a = account();
        assertThat(a.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).username()).isEqualTo("huongnt");
        assertThatThrownBy(() -> a.reactivate(actor("tthc.qt"), "x", Instant.now())).isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).vietnameseMessage())
                        .isEqualTo("Không thể mở lại tài khoản huongnt ở trạng thái \"Đang hoạt động\"."));
        a.suspend(actor("tthc.qt"), "Nghỉ phép dài ngày", Instant.now());
        a.reactivate(actor("tthc.qt"), "Trở lại làm việc", Instant.now());
        assertThat(a.close(actor("tthc.qt"), "Nghỉ hưu", Instant.now())).isTrue();
        assertThat(a.close(actor("tthc.qt"), "Nghỉ hưu", Instant.now())).isFalse();
        assertThatThrownBy(() -> a.suspend(actor("tthc.qt"), "x", Instant.now())).isInstanceOf(AccountException.class);
        assertThat(a.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).history()).extracting(AccountHistoryEntry::toStatus).containsExactly(AccountStatus.ACTIVE,
                AccountStatus.SUSPENDED, AccountStatus.ACTIVE, AccountStatus.CLOSED);
        assertThat(a.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).history().get(3).actor()).isEqualTo("tthc.qt");
        assertThat(a.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).history().get(3).detail()).isEqualTo("Nghỉ hưu");
    }

    @Test
    void onlyItsSystemsAdministratorsChangeAnAccountAndOnlyItsHolderConfirmsAPasswordChange() {
        Account dldc = account();
        for (Actor other : new Actor[]{actor("ldtb.vp"), actor("ldtb.cv1"), admin(), Actor.system()}) {
            assertThatThrownBy(() -> dldc.close(other, "x", Instant.now())).isInstanceOf(AccountException.class)
                    .satisfies(e -> assertThat(((AccountException) e).vietnameseMessage())
                            .isEqualTo("Chỉ quản trị Hệ thống TTHC được đóng tài khoản DLDC."));
        }
        assertThatThrownBy(() -> new Account(new NewAccount(AccountSystem.DLDC_TTHC, "x1", "ldtb.cv1", "Nguyễn Thị Hường",
                null, "SLDTBXH", "SLDTBXH_VL", LocalDate.of(2026, 11, 25), 7L), actor("ldtb.vp"), Instant.now()))
                .isInstanceOf(AccountException.class);
        Account ioffice = new Account(new NewAccount(AccountSystem.IOFFICE, "huongnt", "ldtb.cv1", "Nguyễn Thị Hường",
                null, "SLDTBXH", "SLDTBXH_VL", LocalDate.of(2026, 11, 25), null), actor("ldtb.vp"), Instant.now());
        assertThatThrownBy(() -> ioffice.close(actor("stp.vp"), "x", Instant.now())).isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).vietnameseMessage())
                        .isEqualTo("Chỉ Văn phòng của cơ quan được đóng tài khoản VNPT-iOffice."));
        assertThatThrownBy(() -> dldc.recordPasswordChange(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26),
                actor("ldtb.cv3"), Instant.now())).isInstanceOf(AccountException.class);
        assertThat(dldc.recordPasswordChange(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26), actor("ldtb.cv1"),
                Instant.now())).isTrue();
        // the administrator stands in for an office (recorded as such), never for the TTHC administrators
        assertThat(ioffice.close(admin(), "Nghỉ hưu", Instant.now())).isTrue();
        assertThat(ioffice.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).history().get(1).actor())
                .isEqualTo("demo");
    }

    @Test
    void oneOpenAccountPerSystemAndUserNameWhateverTheCase() {
        assertThat(Account.openKey(AccountSystem.IOFFICE, "KhoiDM")).isEqualTo(Account.openKey(AccountSystem.IOFFICE, "khoidm"));
        assertThat(Account.openKey(AccountSystem.IOFFICE, "khoidm")).isNotEqualTo(Account.openKey(AccountSystem.OFFICIAL_EMAIL, "khoidm"));
    }

    @Test
    void theApplicationClosesOnlyAnOfficialEmailAccountItDisabledInTheMailDirectory() {
        // issue 22: the mail directory connector; every other system's account stays the administrators'
        Account mail = new Account(new NewAccount(AccountSystem.OFFICIAL_EMAIL, "huongnt@angiang.gov.vn", "ldtb.cv1",
                "Nguyễn Thị Hường", null, "SLDTBXH", null, LocalDate.of(2026, 11, 25), null), actor("ldtb.vp"), Instant.now());
        assertThat(mail.close(Actor.system(), "Đóng ngày 26/11/2026 (khóa trong thư mục thư điện tử)", Instant.now()))
                .isTrue();
        Account ioffice = new Account(new NewAccount(AccountSystem.IOFFICE, "huongnt", "ldtb.cv1", "Nguyễn Thị Hường",
                null, "SLDTBXH", null, LocalDate.of(2026, 11, 25), null), actor("ldtb.vp"), Instant.now());
        assertThatThrownBy(() -> ioffice.close(Actor.system(), "x", Instant.now())).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> account().close(Actor.system(), "x", Instant.now())).isInstanceOf(AccountException.class);
    }
}
