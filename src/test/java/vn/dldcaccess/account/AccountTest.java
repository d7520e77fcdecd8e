package vn.dldcaccess.account;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {
    static Account account() {
        return new Account(new NewAccount(AccountSystem.DLDC_TTHC, " huongnt ", "ldtb.cv1", "Nguyễn Thị Hường",
                "079190000601", "SLDTBXH", "SLDTBXH_VL", LocalDate.of(2026, 11, 25), 7L), "tthc.qt", Instant.now());
    }

    @Test
    void everyChangeIsGuardedAndRecorded() {
        Account a = account();
        assertThat(a.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).username()).isEqualTo("huongnt");
        assertThatThrownBy(() -> a.reactivate("ldtb.vp", "x", Instant.now())).isInstanceOf(AccountException.class)
                .satisfies(e -> assertThat(((AccountException) e).vietnameseMessage())
                        .isEqualTo("Không thể mở lại tài khoản huongnt ở trạng thái \"Đang hoạt động\"."));
        a.suspend("ldtb.vp", "Nghỉ phép dài ngày", Instant.now());
        a.reactivate("ldtb.vp", "Trở lại làm việc", Instant.now());
        assertThat(a.close("ldtb.vp", "Nghỉ hưu", Instant.now())).isTrue();
        assertThat(a.close("ldtb.vp", "Nghỉ hưu", Instant.now())).isFalse();
        assertThatThrownBy(() -> a.suspend("ldtb.vp", "x", Instant.now())).isInstanceOf(AccountException.class);
        assertThat(a.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).history()).extracting(AccountHistoryEntry::toStatus).containsExactly(AccountStatus.ACTIVE,
                AccountStatus.SUSPENDED, AccountStatus.ACTIVE, AccountStatus.CLOSED);
        assertThat(a.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).history().get(3).actor()).isEqualTo("ldtb.vp");
        assertThat(a.view(new PasswordPolicy(null), LocalDate.of(2026, 11, 26)).history().get(3).detail()).isEqualTo("Nghỉ hưu");
    }

    @Test
    void oneOpenAccountPerSystemAndUserNameWhateverTheCase() {
        assertThat(Account.openKey(AccountSystem.IOFFICE, "KhoiDM")).isEqualTo(Account.openKey(AccountSystem.IOFFICE, "khoidm"));
        assertThat(Account.openKey(AccountSystem.IOFFICE, "khoidm")).isNotEqualTo(Account.openKey(AccountSystem.OFFICIAL_EMAIL, "khoidm"));
    }
}
