package vn.dldcaccess.review;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewReasonsTest {
    @Test
    void eachMarkedAccountTakesItsOwnLineOrTheCommonOne() {
        assertThat(ReviewReasons.perAccount(List.of("yenlh", "ductv", "huongnt"),
                "yenlh: Đã chuyển sang Phòng Người có công\nKhông còn nhiệm vụ tiếp nhận hồ sơ\nductv:"))
                .isEqualTo(Map.of("yenlh", "Đã chuyển sang Phòng Người có công",
                        "ductv", "Không còn nhiệm vụ tiếp nhận hồ sơ",
                        "huongnt", "Không còn nhiệm vụ tiếp nhận hồ sơ"));
        assertThat(ReviewReasons.perAccount(List.of("yenlh", "ductv"), "yenlh: Dùng chung tài khoản"))
                .isEqualTo(Map.of("yenlh", "Dùng chung tài khoản"));
        assertThat(ReviewReasons.perAccount(List.of("yenlh"), "  ")).isEmpty();
    }
}
