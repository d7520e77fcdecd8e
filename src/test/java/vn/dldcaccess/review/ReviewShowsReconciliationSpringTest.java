package vn.dldcaccess.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.support.AbstractSpringTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22: the unit head's review task names, beside an account, the differences reconciliation left open on it. */
class ReviewShowsReconciliationSpringTest extends AbstractSpringTest {
    @Autowired
    ReviewMessages messages;

    static AccountView account(long id, String username) {
        return new AccountView(id, AccountSystem.IOFFICE, username, "ldtb.cv1", "Nguyễn Thị Hường", "SLDTBXH",
                "SLDTBXH_VL", LocalDate.of(2026, 1, 2), AccountStatus.ACTIVE, null, List.of(), null,
                LocalDate.of(2026, 4, 2), false);
    }

    @Test
    void anAccountWithAnOpenDifferenceSaysSoAndTheOthersDoNot() {
        String text = messages.unitTask("Phòng Việc làm", "02/03/2026", List.of(account(7, "huongnt.io"),
                account(8, "huong2.io")), Map.of(7L, List.of("Đối soát DS-3: Trạng thái trên hệ thống khác sổ theo dõi")));
        assertThat(text).contains("huongnt\\.io").contains("chênh lệch khi đối soát với hệ thống:** Đối soát DS\\-3")
                .containsOnlyOnce("chênh lệch khi đối soát");
    }
}
